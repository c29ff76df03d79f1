import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";
import { leftovers, snapshot } from "../support/site-snapshot.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";

describe("the production build", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let stderr = "";
  const run = () => inDirectory(root, () => build({ root, output: "_site", quiet: true }));

  beforeEach(async () => {
    const fixture = await minimalRecordWith();
    ({ root, cleanup } = fixture);
    await makeBuildable(root, { copyTemplates: true });
    stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanup?.();
  });

  it("publishes the site, with the editor schemas, says how long each part took, and leaves no temporary folder", async () => {
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    // Not quiet: the one line of timings is what the benchmark reads (docs/performance.md).
    const startedAt = performance.now();
    expect(await inDirectory(root, () => build({ root, output: "_site" }))).toBe(true);
    const tookSeconds = (performance.now() - startedAt) / 1000;
    const timings = /^Timings: checks (\d+\.\d\d) s, pages (\d+\.\d\d) s, search index (\d+\.\d\d) s after the pages \((\d+) pages indexed in 1 part\), publishing (\d+\.\d\d) s\.$/m.exec(stdout);
    expect(timings).not.toBeNull();
    const [, checks, pages, index, indexed, publishing] = timings!;
    // The parts are of the one build this test timed: together no longer than it.
    expect(Number(checks) + Number(pages) + Number(index) + Number(publishing)).toBeLessThanOrEqual(tookSeconds + 0.05);
    expect(Number(pages)).toBeGreaterThan(0);
    expect(Number(indexed)).toBeGreaterThan(0);
    const site = await snapshot(path.join(root, "_site"));
    expect(Object.keys(site)).toEqual(expect.arrayContaining(["index.html", "timeline/cabinet-decides/index.html", "schemas/entry.schema.json", "schemas/funding.schema.json"]));
    expect(await leftovers(root)).toEqual([]);
  });

  it("splits the search index into parts by the entries and people it will hold, and says so", async () => {
    let stdout = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    // One entry and two people or bodies, at most one page a part: three parts.
    expect(await inDirectory(root, () => build({ root, output: "_site", searchPartSize: 1 }))).toBe(true);
    expect(stdout).toMatch(/pages indexed in 3 parts\)/);
  });

  it("lists each file Eleventy writes only when asked to, and never when quiet", async () => {
    const runWith = async (options: { quiet?: boolean; listFiles?: boolean }) => {
      let stdout = "";
      const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
        stdout += String(chunk);
        return true;
      });
      const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        stdout += `${args.join(" ")}\n`;
      });
      expect(await inDirectory(root, () => build({ root, output: "_site", ...options }))).toBe(true);
      write.mockRestore();
      log.mockRestore();
      return stdout;
    };
    expect(await runWith({ listFiles: true })).toMatch(/Writing .*index\.html/);
    expect(await runWith({})).not.toMatch(/Writing /);
    expect(await runWith({ quiet: true, listFiles: true })).not.toMatch(/Writing |^Timings/m);
  });

  it("names an output folder outside the project by its full path", async () => {
    const outside = path.join(path.dirname(root), `${path.basename(root)}-out`);
    // Another build, still running (process 1 is always alive), holds the folder.
    await mkdir(`${outside}.builds`, { recursive: true });
    await writeFile(`${outside}.builds/lock`, "1\n");
    try {
      expect(await inDirectory(root, () => build({ root, output: outside, quiet: true }))).toBe(false);
      expect(stderr).toContain(`Another build (process 1) is writing ${outside}/ now, so this one stopped; ${outside}/ is unchanged.`);
    } finally {
      await rm(`${outside}.builds`, { recursive: true, force: true });
    }
  });

  it("refuses to build onto a file, and leaves the file as it was", async () => {
    await writeFile(path.join(root, "_site"), "an editor's notes, not a site\n");
    expect(await run()).toBe(false);
    expect(stderr).toBe("_site/ cannot be replaced because it is a file, not a folder, and building there would delete it. Nothing was changed. Move the file, or build to another folder.\n");
    expect(await readFile(path.join(root, "_site"), "utf8")).toBe("an editor's notes, not a site\n");
    expect(await leftovers(root)).toEqual([]);
  });

  it("leaves the previous site byte for byte as it was when the content is invalid", async () => {
    expect(await run()).toBe(true);
    const before = await snapshot(path.join(root, "_site"));
    await copyFile(path.join(fixturesDir, "bad/unknown-kind.md"), path.join(root, ENTRY));
    expect(await run()).toBe(false);
    expect(stderr).toContain(`${ENTRY}:5:7  kind: "cabinet-decison" is not one of the allowed values`);
    expect(stderr).toContain("The site was not built; _site/ is unchanged.");
    expect(await snapshot(path.join(root, "_site"))).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it("leaves the previous site as it was when a template fails halfway through", async () => {
    expect(await run()).toBe(true);
    const before = await snapshot(path.join(root, "_site"));
    await writeFile(path.join(root, "_includes/pages/entry.njk"), "{{ entry.title | noSuchFilter }}");
    // Eleventy reports the template error itself, at length; the test needs only the outcome.
    for (const method of ["error", "warn", "log"] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
    await expect(run()).rejects.toThrow();
    expect(await snapshot(path.join(root, "_site"))).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });
});
