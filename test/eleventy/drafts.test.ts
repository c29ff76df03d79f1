import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../../src/eleventy/input-folder.ts";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkOnce } from "../../src/cli/check-command.ts";
import { build } from "../../src/cli/safe-build.ts";
import { markPreview } from "../../src/eleventy/preview-option.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const DRAFT = "content/2014/2014-11-12-secret-draft-decision.md";
const withDraft = () =>
  minimalRecordWith({
    [DRAFT]: `drafts/${DRAFT}`,
    "data/funding.json": "drafts/data/funding.json",
    "data/promises.json": "drafts/data/promises.json",
  });
// Anything that could only come from the draft: its address, title, money and promise.
const TRACES = ["secret-draft-decision", "Secret draft decision", "draft-only", "Draft-only", "£2.5m", "2,500,000"];

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

describe("draft entries", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    await cleanup?.();
  });

  it("are left out of the production record and model, with the funding lines and promises only they record", async () => {
    const fixture = await withDraft();
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.record.entries.map((e) => e.id)).toEqual(["cabinet-decides"]);
    expect(result.record.funding.map((f) => f.id)).toEqual(["reserves-release"]);
    expect(result.record.promises).toEqual([]);
    const model = JSON.stringify(buildModel(result.record));
    for (const trace of TRACES) expect(model).not.toContain(trace);
  });

  it("are checked like any entry, so check and build report the same problems", async () => {
    const fixture = await withDraft();
    cleanup = fixture.cleanup;
    const all = await loadRecord(fixture.root, { includeDrafts: true, today: "2026-11-27" });
    expect(all.ok && all.record.entries.map((e) => e.id)).toEqual(["cabinet-decides", "secret-draft-decision"]);

    // A mistake in the draft stops both, with the same message, though the build leaves drafts out.
    const file = path.join(fixture.root, DRAFT);
    await writeFile(file, (await readFile(file, "utf8")).replace("sources:\n", "people:\n  - m-tett\nsources:\n"));
    let checked = "";
    expect(await checkOnce({ root: fixture.root, out: () => {}, err: (t) => (checked += `${t}\n`) })).toBe(1);
    expect(checked).toBe(
      `${DRAFT}:9:5  people[0]: unknown person or body "m-tett"; did you mean "martin-tett"?\n` +
        "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter\n",
    );
    let built = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      built += String(chunk);
      return true;
    });
    expect(await build({ root: fixture.root, output: "_site", quiet: true })).toBe(false);
    expect(built).toBe(`${checked}The site was not built; _site/ is unchanged.\n`);
  });

  it("never reach any file of a production build: pages, feeds, sitemaps, search or downloads", async () => {
    const fixture = await withDraft();
    cleanup = fixture.cleanup;
    await makeBuildable(fixture.root);
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await inDirectory(fixture.root, () => build({ root: fixture.root, output: "_site", quiet: true }))).toBe(true);
    const files = await filesUnder(path.join(fixture.root, "_site"));
    expect(files.some((f) => f.endsWith(path.join("timeline", "cabinet-decides", "index.html")))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, "latin1");
      // The stylesheet styles the mark; no page may carry it.
      for (const trace of file.endsWith(".css") ? TRACES : [...TRACES, "ar-tag--draft"]) expect(`${file}: ${text.includes(trace)}`).toBe(`${file}: false`);
    }
  });

  it("show in the preview, marked as drafts on their page and in the timeline", async () => {
    const fixture = await withDraft();
    cleanup = fixture.cleanup;
    await makeBuildable(fixture.root);
    const output = path.join(fixture.root, ".cache/preview");
    const pages = await inDirectory(fixture.root, () =>
      new Eleventy(eleventyInputFolder(fixture.root), output, {
        configPath: path.join(fixture.root, ".eleventy.js"), quietMode: true, config: (config) => markPreview(config, { output }),
      }).toJSON(),
    );
    const page = pages.find((p) => p.url === "/timeline/secret-draft-decision/");
    expect(page?.content).toContain('<strong class="ar-tag ar-tag--draft">Draft</strong> This entry is only in the preview.');
    const home = pages.find((p) => p.url === "/")!.content;
    expect(home.match(/ar-tag--draft/g)).toHaveLength(1);
    expect(pages.find((p) => p.url === "/timeline/cabinet-decides/")?.content).not.toContain("ar-tag--draft");
  });
});
