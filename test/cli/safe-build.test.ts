import { copyFile, writeFile } from "node:fs/promises";
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
    expect(await inDirectory(root, () => build({ root, output: "_site" }))).toBe(true);
    expect(stdout).toMatch(/^Timings: checks \d+\.\d\d s, pages \d+\.\d\d s, search index \d+\.\d\d s after the pages \([1-9]\d* pages indexed in 1 part\), publishing \d+\.\d\d s\.$/m);
    const site = await snapshot(path.join(root, "_site"));
    expect(Object.keys(site)).toEqual(expect.arrayContaining(["index.html", "timeline/cabinet-decides/index.html", "schemas/entry.schema.json", "schemas/funding.schema.json"]));
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
