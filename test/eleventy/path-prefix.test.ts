import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot } from "../support/fixture-record.ts";

// Its own file, so its build is the first in a fresh module graph: Eleventy caches compiled
// templates per process, and a template compiled by an earlier unprefixed build keeps that build's filters.
const SITE = "https://housing-repairs.example.net/";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "url", "link"].includes(name) });
const feedLinks = (feed: string): string[] => (parser.parse(feed).feed.entry as { link: { href: string }[] }[]).map((e) => e.link[0]!.href);
const locsOf = (sitemap: string): string[] => (parser.parse(sitemap).urlset.url as { loc: string }[]).map((u) => u.loc);

describe("under a path prefix", () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await buildInMemory({ recordRoot: housingRoot, pathPrefix: "/some/prefix/" });
  });

  it("every root-relative link, stylesheet and form on every page carries the prefix", () => {
    for (const page of pages.filter((p) => p.url.endsWith("/") || p.url.endsWith(".html"))) {
      const urls = [...page.content.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(urls.length, page.url).toBeGreaterThan(0);
      // Exactly once: a second HtmlBasePlugin would make it /some/prefix/some/prefix/.
      for (const url of urls) expect(/^\/some\/prefix\/(?!some\/prefix\/)/.test(url), `${page.url}: ${url}`).toBe(true);
    }
  });

  it("canonical URLs, JSON-LD, feeds and sitemap use absolute URLs with the prefix", () => {
    const people = pageAt(pages, "/people/").content;
    expect(people).toContain(`<link rel="canonical" href="${SITE}some/prefix/people/">`);
    const island = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(people)![1]!);
    expect(island.url).toBe(`${SITE}some/prefix/people/`);
    expect(island.isPartOf.url).toBe(`${SITE}some/prefix/`);
    for (const link of feedLinks(pageAt(pages, "/feed.xml").content)) expect(link.startsWith(`${SITE}some/prefix/timeline/`), link).toBe(true);
    for (const loc of locsOf(pageAt(pages, "/sitemap.xml").content)) expect(loc.startsWith(`${SITE}some/prefix/`), loc).toBe(true);
  });
});
