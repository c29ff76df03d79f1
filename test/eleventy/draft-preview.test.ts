import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../../src/eleventy/input-folder.ts";
import { markPreview } from "../../src/eleventy/preview-option.ts";
import { cp } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalRecordWith, projectRoot } from "../support/fixture-record.ts";

// The site reads the record from the working folder, as `npm start` does; this builds another
// council's (minimal) record from its own folder, once as the preview and once as the published site.
type Output = { url: string; content: string };
let fixture: Awaited<ReturnType<typeof minimalRecordWith>>;
const startDir = process.cwd();

async function build(drafts: boolean): Promise<Output[]> {
  process.chdir(fixture.root);
  try {
    const output = drafts ? ".cache/preview" : "_site";
    const eleventy = new Eleventy(eleventyInputFolder(fixture.root), output, {
      configPath: path.join(projectRoot, ".eleventy.js"),
      quietMode: true,
      ...(drafts ? { config: (config: object) => markPreview(config, { output }) } : {}),
    });
    return (await eleventy.toJSON()) as Output[];
  } finally {
    process.chdir(startDir);
  }
}

beforeAll(async () => {
  fixture = await minimalRecordWith({ "content/2014/2014-11-20-draft-statement.md": "draft/2014-11-20-draft-statement.md" });
  await cp(path.join(projectRoot, "_includes"), path.join(fixture.root, "_includes"), { recursive: true });
});
afterAll(() => fixture.cleanup());

describe("drafts", () => {
  it("appear in the preview, marked as drafts on the timeline and on their page, with their last update", async () => {
    const pages = await build(true);
    const home = pages.find((p) => p.url === "/")!.content;
    const item = home.match(/<li class="ar-event ar-event--draft">[\s\S]*?<\/li>/)?.[0] ?? "";
    expect(item).toContain('<strong class="ar-tag ar-tag--draft">Draft</strong>');
    expect(item).toContain('href="/timeline/draft-statement/"');
    const entry = pages.find((p) => p.url === "/timeline/draft-statement/")!.content;
    expect(entry).toContain('<p class="ar-draft-notice">');
    expect(entry).toContain('Last updated <time datetime="2014-12-01">1 December 2014</time>');
  });

  it("are left out of the published site entirely", async () => {
    const pages = await build(false);
    expect(pages.some((p) => p.url === "/timeline/draft-statement/")).toBe(false);
    expect(pages.find((p) => p.url === "/")!.content).not.toContain("Draft");
  });

  it("build no statistics page for a record with no statistics, and link none", async () => {
    const pages = await build(false);
    expect(pages.map((p) => p.url).filter((u) => /^\/(demand|figures)\//.test(u))).toEqual([]);
    expect(pages.find((p) => p.url === "/")!.content).not.toContain('href="/figures/"');
  });
});
