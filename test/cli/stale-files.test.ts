import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeSearchIndex } from "../../src/cli/search-index-parts.ts";
import { removeStaleFiles, writtenBy } from "../../src/cli/stale-files.ts";

const listed = async (dir: string) => ((await readdir(dir, { recursive: true })) as string[]).map((f) => f.split(path.sep).join("/")).sort();

describe("writing over an earlier site", () => {
  let dir = "";
  const put = async (file: string, ageSeconds = 0) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), file);
    if (ageSeconds) {
      const then = new Date(Date.now() - ageSeconds * 1000);
      await utimes(path.join(dir, file), then, then);
    }
  };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-stale-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("takes what Eleventy wrote from its results: each page's output, each passthrough copy's files", () => {
    const results = [
      [{ count: 1, map: { "src/client/search.js": path.join(dir, "assets/search.js") } }],
      [{ outputPath: path.join(dir, "index.html"), url: "/" }, { outputPath: false, url: false }],
      // Nothing else in the results is taken for a file written.
      [null, "assets/x.js", 3, { map: null }, { map: "ab" }, { map: { a: 1 } }],
    ];
    expect([...writtenBy(results)].sort()).toEqual([path.join(dir, "assets/search.js"), path.join(dir, "index.html")]);
  });

  it("removes the old site's pages the new build did not make, and the folders they leave empty", async () => {
    await put("index.html", 60);
    await put("timeline/kept/index.html", 60);
    await put("timeline/deleted-entry/index.html", 60);
    await put("people/gone/deep/index.html", 60);
    await put("assets/favicon.svg", 3600); // a passthrough copy keeps its source's time
    await put("admin/config.yml"); // written this build, by a step Eleventy does not report
    await put("pagefind/fragment/old.pf_fragment", 60); // the search index is written afresh, not swept
    const written = new Set(["index.html", "timeline/kept/index.html", "assets/favicon.svg"].map((f) => path.join(dir, f)));
    const since = Date.now() - 1000;
    expect(removeStaleFiles(dir, written, since)).toBe(2);
    expect(await listed(dir)).toEqual(
      ["admin", "admin/config.yml", "assets", "assets/favicon.svg", "index.html", "pagefind", "pagefind/fragment", "pagefind/fragment/old.pf_fragment", "timeline", "timeline/kept", "timeline/kept/index.html"].sort(),
    );
  });

  it("removes stale files at the top and deep down, keeps one modified exactly when writing began, and never the site's folder", async () => {
    const since = Math.floor(Date.now() / 1000) * 1000 - 5000;
    await put("old.html", 60);
    await put("a/b/stale.html", 60);
    await put("a/b/c/stale.html", 60);
    await put("edge.txt");
    await utimes(path.join(dir, "edge.txt"), since / 1000, since / 1000);
    // A folder's own time says nothing: it holds a page this build wrote.
    await put("timeline/kept/index.html", 60);
    await utimes(path.join(dir, "timeline/kept"), 1, 1);
    const written = new Set([path.join(dir, "timeline/kept/index.html")]);
    expect(removeStaleFiles(dir, written, since)).toBe(3);
    expect(await listed(dir)).toEqual(["edge.txt", "timeline", "timeline/kept", "timeline/kept/index.html"]);

    expect(removeStaleFiles(dir, new Set(), Date.now() + 60_000)).toBe(2);
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes every part of an earlier search index, and nothing else", async () => {
    await put("pagefind/pagefind.js");
    await put("pagefind-2/pagefind.js");
    await put("pagefind-12/index/a.pf_index");
    await put("pagefinder/index.html");
    await put("pagefind-x/index.html");
    await put("timeline/pagefind/index.html");
    await removeSearchIndex(dir);
    expect((await readdir(dir)).sort()).toEqual(["pagefind-x", "pagefinder", "timeline"]);
    await expect(removeSearchIndex(path.join(dir, "not-there"))).resolves.toBeUndefined();
  });

});
