import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot, minimalRecordWith } from "../support/fixture-record.ts";

const SITE = "https://housing-repairs.example.net/";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "url", "link"].includes(name) });

/** Parses a feed or sitemap, failing with the parser's message when it is not well-formed XML. */
function parseXml(text: string) {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return parser.parse(text);
}
type AtomEntry = { title: string; id: string; updated: string; link: { href: string }[]; summary: string };
const entriesOf = (feed: string): AtomEntry[] => parseXml(feed).feed.entry ?? [];
const locsOf = (sitemap: string): string[] => (parseXml(sitemap).urlset.url ?? []).map((u: { loc: string }) => u.loc);

describe("the feeds and sitemap of a record (the housing fixture)", () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await buildInMemory({ recordRoot: housingRoot });
  });

  it("the Atom feed is well-formed, with an absolute link and id for every entry", () => {
    const feed = pageAt(pages, "/feed.xml").content;
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const entries = entriesOf(feed);
    const entryPages = pages.filter((p) => /^\/timeline\/(?!kind\/|phase\/)[^/]+\/$/.test(p.url));
    // One item per entry, and one per update: the fixture's progress report was corrected twice.
    expect(entries.filter((e) => !e.title.startsWith("Update to "))).toHaveLength(entryPages.length);
    expect(entries.filter((e) => e.title.startsWith("Update to ")).map((e) => e.title)).toEqual([
      "Update to “Housing Committee hears the plan missed its deadline”",
      "Update to “Housing Committee hears the plan missed its deadline”",
    ]);
    for (const entry of entries) {
      expect(entry.link[0]!.href).toMatch(/^https:\/\/housing-repairs\.example\.net\/timeline\/[a-z0-9-]+\/$/);
      if (entry.title.startsWith("Update to ")) expect(entry.id).toMatch(/^https:\/\/housing-repairs\.example\.net\/changes\/#[a-z0-9-]+$/);
      else expect(entry.id).toBe(entry.link[0]!.href);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    // Links inside the entry text become absolute too, so they work in a feed reader.
    expect(feed).toContain(`href=&quot;${SITE}sources/#`);
    expect(feed).not.toContain("href=&quot;/");
  });

  it("the sitemap is well-formed and lists every page at its absolute URL, and not the 404 page", () => {
    const locs = locsOf(pageAt(pages, "/sitemap.xml").content);
    const htmlPages = pages.filter((p) => p.url.endsWith("/"));
    expect(new Set(locs)).toEqual(new Set(htmlPages.map((p) => new URL(p.url, SITE).href)));
    expect(locs).toContain(`${SITE}people/priya-raman/`);
    expect(locs.some((l) => l.includes("404"))).toBe(false);
  });

  it("the pages point feed readers at the feed", () => {
    expect(pageAt(pages, "/").content).toContain('<link rel="alternate" type="application/atom+xml"');
  });
});

describe("a record with a draft and with corrections", () => {
  let pages: BuiltPage[];
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const fixture = await minimalRecordWith({
      "content/2014/2014-11-10-cabinet-decides.md": "site/entry-with-updates.md",
      "content/2014/2014-11-12-secret-draft.md": "site/draft-entry.md",
    });
    cleanup = fixture.cleanup;
    pages = await buildInMemory({ recordRoot: fixture.root });
  });
  afterAll(() => cleanup());

  it("leaves drafts out of the pages, the feeds and the sitemap of a production build", () => {
    expect(pages.some((p) => p.url.includes("secret-draft"))).toBe(false);
    for (const p of pages) expect(p.content, p.url).not.toContain("Secret draft decision");
    expect(locsOf(pageAt(pages, "/sitemap.xml").content)).not.toContain(`https://example.org/timeline/secret-draft/`);
  });

  it("lists every update on the changes page, newest first, linked to its entry", () => {
    const changes = pageAt(pages, "/changes/").content;
    const newest = changes.indexOf("Corrected the amount from £4.5m to £4.8m.");
    const older = changes.indexOf("Added the name of the Leader.");
    expect(newest).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newest);
    expect(changes).toContain('<li id="cabinet-decides-2015-01-05-1">');
    expect(changes).toContain('<time datetime="2015-01-05">5 January 2015</time>: <a href="/timeline/cabinet-decides/">Cabinet decides</a>');
  });

  it("puts each update in the Atom feed and the changes feed, with the entry updated to its latest correction", () => {
    const all = entriesOf(pageAt(pages, "/feed.xml").content);
    expect(all.map((e) => `${e.updated.slice(0, 10)} ${e.title}`)).toEqual([
      "2015-01-05 Cabinet decides",
      "2015-01-05 Update to “Cabinet decides”",
      "2014-12-01 Update to “Cabinet decides”",
    ]);
    const entry = all.find((e) => e.title === "Cabinet decides")!;
    expect(entry.updated).toBe("2015-01-05T00:00:00Z");
    const changes = entriesOf(pageAt(pages, "/changes/feed.xml").content);
    expect(changes.map((e) => e.summary)).toEqual(["Corrected the amount from £4.5m to £4.8m.", "Added the name of the Leader."]);
    expect(changes[0]!.id).toBe("https://example.org/changes/#cabinet-decides-2015-01-05-1");
    expect(changes[0]!.link[0]!.href).toBe("https://example.org/timeline/cabinet-decides/");
  });
});
