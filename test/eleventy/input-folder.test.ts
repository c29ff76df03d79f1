import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { INPUT_FOLDER } from "../../src/eleventy/input-folder.ts";
import { buildInMemory } from "../support/build-in-memory.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

// Issue 9: Eleventy ran every template and merged every data file in content/, its input folder.
describe("Eleventy's input", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await cleanup?.();
  });

  it("is an empty folder of its own: no page comes from content/, only from the site plugin's own templates", async () => {
    const pages = await buildInMemory();
    expect(pages.length).toBeGreaterThan(20);
    const inputs = new Set(pages.map((p) => (p as unknown as { inputPath: string }).inputPath.replace(/^\.\//, "").split("/").slice(0, 2).join("/")));
    expect([...inputs]).toEqual([INPUT_FOLDER]);
  });

  it("never runs a template or data file an editor puts in content/: the build refuses it, names it, and leaves no site", async () => {
    const fixture = await minimalRecordWith({ "content/2014/notes.njk": "attacks/notes.njk", "content/content.11tydata.json": "attacks/content.11tydata.json" });
    cleanup = fixture.cleanup;
    await makeBuildable(fixture.root);
    const marker = path.join(tmpdir(), `ar-attack-${process.pid}`);
    vi.stubEnv("AR_ATTACK_MARKER", marker);
    let printed = "";
    vi.spyOn(process.stderr, "write").mockImplementation((text) => ((printed += String(text)), true));
    expect(await inDirectory(fixture.root, () => build({ root: fixture.root, output: "_site", quiet: true }))).toBe(false);
    expect(printed).toContain("content/2014/notes.njk:1:1  this is not an entry");
    expect(printed).toContain("content/content.11tydata.json:1:1  this is not an entry");
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(fixture.root, "_site"))).toBe(false);
  });

  it("ignores AR_DRAFTS: a production build never publishes a draft, whatever the environment says", async () => {
    const fixture = await minimalRecordWith({ "content/2014/2014-11-20-draft-statement.md": "draft/2014-11-20-draft-statement.md" });
    cleanup = fixture.cleanup;
    await makeBuildable(fixture.root);
    vi.stubEnv("AR_DRAFTS", "1");
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(await inDirectory(fixture.root, () => build({ root: fixture.root, output: "_site", quiet: true }))).toBe(true);
    const files = (await readdir(path.join(fixture.root, "_site"), { recursive: true })).map(String);
    expect(files.some((f) => f.includes("draft-statement"))).toBe(false);
    expect(await readFile(path.join(fixture.root, "_site/index.html"), "utf8")).not.toContain("ar-tag--draft");
  });
});
