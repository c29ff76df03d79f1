import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBuiltSite, urlOfFile } from "../../src/site-checks/built-site.ts";
import { urlsOf } from "../../src/site-checks/page-urls.ts";
import { parsePage } from "../../src/site-checks/parse-page.ts";

/** Each address the checks read from a page, as `element attribute value`. */
const addressesIn = (html: string): string[] =>
  parsePage(html).elements.flatMap((element) => urlsOf(element).map(({ attribute, value }) => `${element.name} ${attribute} ${value}`));

describe("the addresses a page refers to", () => {
  it("reads a link's address with the space around it trimmed, and skips an empty one", () => {
    expect(addressesIn('<a href=" /sources/ ">s</a><a href="">empty</a><a>none</a><p title="/x/">p</p>')).toEqual(["a href /sources/"]);
  });

  it("reads every candidate of a srcset, however the candidates are spaced", () => {
    expect(addressesIn('<img src="/a.png" srcset="/a-1x.png 1x,\n   /a-2x.png\t2x , ,/a-3x.png  3x">')).toEqual([
      "img src /a.png",
      "img srcset /a-1x.png",
      "img srcset /a-2x.png",
      "img srcset /a-3x.png",
    ]);
  });
});

describe("the pages of a built site", () => {
  it("serves a folder's index.html at the folder's address, and any other file at its own", () => {
    expect(urlOfFile("index.html")).toBe("/");
    expect(urlOfFile("sources/index.html")).toBe("/sources/");
    expect(urlOfFile("sources/index.html.orig")).toBe("/sources/index.html.orig");
    expect(urlOfFile("feed.xml")).toBe("/feed.xml");
  });

  it("reads as pages only files that end in .html, .htm or .xhtml, and not the editor's", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "built-site-"));
    for (const file of ["index.html", "a/index.HTM", "b.xhtml", "c.html.gz", "d.htmlx", "admin/index.html", "style.css"]) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), `<p>${file}</p>`);
    }
    const site = await readBuiltSite(dir);
    expect(site.pages.map((p) => [p.url, p.html])).toEqual([
      ["/a/index.HTM", "<p>a/index.HTM</p>"],
      ["/b.xhtml", "<p>b.xhtml</p>"],
      ["/", "<p>index.html</p>"],
    ]);
    expect([...site.files]).toEqual(["a/index.HTM", "admin/index.html", "b.xhtml", "c.html.gz", "d.htmlx", "index.html", "style.css"]);
  });
});
