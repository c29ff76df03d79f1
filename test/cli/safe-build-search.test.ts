import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { housingRoot, projectRoot } from "../support/fixture-record.ts";

/** Names of this process's running child processes (exited ones not yet reaped left out), where Linux lists them. */
const childCommands = () =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map((pid) => {
      try {
        return / Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "")) ? "" : readFileSync(`/proc/${pid}/comm`, "utf8").trim();
      } catch {
        return "";
      }
    }),
  );

describe("the production build's search index", () => {
  let out: string;
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), "ar-build-"));
    out = path.join(parent, "site");
    expect(await build({ root: projectRoot, record: housingRoot, output: out, quiet: true })).toBe(true);
  }, 120_000);
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it.runIf(process.platform === "linux")("leaves no Pagefind process running once the build has returned", () => {
    expect(childCommands().filter((name) => name.startsWith("pagefind"))).toEqual([]);
  });

  it("writes a Pagefind search index beside the pages, for offline search with no other service", async () => {
    const files = await readdir(path.join(out, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.some((f) => f.endsWith(".pf_meta"))).toBe(true);
    const script = await readFile(path.join(out, "assets", "search.js"), "utf8");
    expect(script).toContain('new URL("pagefind/pagefind.js", siteRoot)');
    expect(script).not.toMatch(/https?:\/\//);
  });

  it("indexes the pages residents read, and leaves the full report and the search page out", async () => {
    expect(await readFile(path.join(out, "people", "index.html"), "utf8")).toContain("data-pagefind-body");
    expect(await readFile(path.join(out, "report", "index.html"), "utf8")).not.toContain("data-pagefind-body");
    expect(await readFile(path.join(out, "search", "index.html"), "utf8")).not.toContain("data-pagefind-body");
  });
});
