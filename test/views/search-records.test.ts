import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChildNode, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pages } from "../../src/eleventy/pages.ts";
import { eachEntrySearchRecord, textOfHtml, type SearchRecord } from "../../src/views/search-records.ts";
import { buildInMemory, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { fixturesDir, housingRoot, minimalRecordWith, projectRoot } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";
import { buildModel } from "../../src/views/build-views.ts";

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The text Pagefind reads from a page: its data-pagefind-body element, less every data-pagefind-ignore one. */
function indexedText(html: string): { text: string; main: Element } {
  const main = DomUtils.findOne((e) => e.attribs["data-pagefind-body"] !== undefined, parseDocument(html).children)!;
  const text = (nodes: ChildNode[]): string =>
    nodes
      .map((n) => (n.type === "text" ? n.data : n.type === "tag" && n.attribs["data-pagefind-ignore"] === undefined ? ` ${text(n.children)} ` : " "))
      .join("");
  // htmlparser2 gives text with its entities decoded, as Pagefind reads it.
  return { text: text(main.children), main };
}

/** Words an entry page's templates write themselves, whatever the record (headings, labels, joining words). */
function templateWords(): Set<string> {
  const files = ["pages/entry.njk", "partials/citation.njk", "partials/record-date.njk"].map((f) => readFileSync(path.join(projectRoot, "_includes", f), "utf8"));
  return words(files.join("\n").replace(/\{#[\s\S]*?#\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|<[^>]*>/g, " "));
}

describe("which entry pages have search records", () => {
  const entryPage = pages.find((p) => p.template === "entry")!;
  it("none when the entry page is not searched, and each in the group the page names", async () => {
    const model = buildModel(await recordAt(path.join(fixturesDir, "minimal")));
    expect([...eachEntrySearchRecord(model, { ...entryPage, searchable: false })]).toEqual([]);
    expect([...eachEntrySearchRecord(model, { ...entryPage, searchGroup: "people" })].map((r) => r.filters.group)).toEqual([["people"]]);
    expect([...eachEntrySearchRecord(model, { ...entryPage, searchGroup: undefined })].map((r) => r.filters.group)).toEqual([["pages"]]);
  });
});

describe("textOfHtml", () => {
  it("keeps the words a reader sees, entities as their characters, block ends as spaces, inline tags joining", () => {
    expect(textOfHtml("<p>Cabinet &amp; council</p><p>released <em>£4.8</em>m</p><ol><li>one</li><li>two</li></ol>")).toBe("Cabinet & council released £4.8m one two");
    expect(textOfHtml("<p>&lt;script&gt; &#39;quoted&#39; &quot;x&quot;</p>")).toBe("<script> 'quoted' \"x\"");
    expect(textOfHtml("<blockquote><p>a</p></blockquote><p>b<br>c</p>")).toBe("a b c");
  });
});

/**
 * The minimal record with what the other fixtures lack: a body quoted that has a description (the
 * page names only a person's), an update that cites a source, and a sum with a note.
 */
async function minimalWithTheRest(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const fixture = await minimalRecordWith();
  const file = (name: string) => path.join(fixture.root, name);
  // Words found nowhere else on the page: the body is quoted only, the update's source cited only there.
  const people = JSON.parse(await readFile(file("data/people.json"), "utf8"));
  (people.people ?? people).push({ id: "scrutiny-panel", name: "Scrutiny panel", type: "organisation", description: "Reviews executive choices openly" });
  await writeFile(file("data/people.json"), JSON.stringify(people));
  await writeFile(
    file("data/sources/panel-minutes.md"),
    "---\ntitle: Minutes of the overview panel\nkind: council-statement\ndate: 2014-11-20\ndatePrecision: day\npublish: in-full\n---\nThe panel reissued the statement.\n",
  );
  const funding = JSON.parse(await readFile(file("data/funding.json"), "utf8"));
  funding.sums[0].note = "Ringfenced for safeguarding caseworkers";
  await writeFile(file("data/funding.json"), JSON.stringify(funding));
  const entry = await readFile(file("content/2014/2014-11-10-cabinet-decides.md"), "utf8");
  await writeFile(
    file("content/2014/2014-11-10-cabinet-decides.md"),
    entry.replace(
      "funding:\n",
      "quotes:\n  - by: scrutiny-panel\n    text: a good but living document\n    source: council-statement\nupdates:\n  - date: 2014-11-20\n    text: Recast after the statement was reissued.\n    sources:\n      - panel-minutes\nfunding:\n",
    ),
  );
  return fixture;
}

// Housing has drafts, people, quotes and updates; staged-money has sums in stages, with notes, and
// running totals; the minimal record's variant the rest.
describe.each([housingRoot, path.join(fixturesDir, "staged-money"), "minimal, with a body quoted, an update's source and a sum's note"])("an entry's search record, against its page as built (%s)", (given) => {
  let records: SearchRecord[];
  let built: BuiltPage[];
  let urls: string[];
  let drafts: string[];
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(() => cleanup?.());
  beforeAll(async () => {
    let root = given;
    if (!given.startsWith("/")) ({ root, cleanup } = await minimalWithTheRest());
    drafts = (await recordAt(root, true)).entries.filter((e) => e.draft).map((e) => e.url);
    const model = buildModel(await recordAt(root));
    urls = model.entries.map((e) => e.url);
    records = [...eachEntrySearchRecord(model)];
    built = await buildInMemory({ recordRoot: root });
  }, 120_000);

  it("is there for every entry page and nothing else, drafts left out as in production", () => {
    expect(records.map((r) => r.url)).toEqual(urls);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => drafts.includes(r.url))).toEqual([]);
    for (const record of records) expect(pageAt(built, record.url).content).toContain("data-pagefind-body");
  });

  it("holds every word of the record on the page that Pagefind would read there, and no other", () => {
    const fixed = templateWords();
    for (const record of records) {
      const page = words(indexedText(pageAt(built, record.url).content).text);
      const own = words(record.content);
      // Nothing the page does not say, nothing it hides from search (kind, phase, pager, "cite this page").
      expect([...own].filter((w) => !page.has(w)), record.url).toEqual([]);
      // Everything it says, bar the words its template writes on every entry page.
      expect([...page].filter((w) => !own.has(w) && !fixed.has(w)), record.url).toEqual([]);
    }
  });

  it("carries the page's filters, title and language, as Pagefind reads them from its HTML", () => {
    for (const record of records) {
      const html = pageAt(built, record.url).content;
      const { main } = indexedText(html);
      const filters: Record<string, string[]> = {};
      const [group, value] = main.attribs["data-pagefind-filter"]!.split(":");
      filters[group!] = [value!];
      for (const e of DomUtils.findAll((n) => n.attribs["data-pagefind-filter"] !== undefined && n !== main, main.children)) {
        (filters[e.attribs["data-pagefind-filter"]!] ??= []).push(DomUtils.textContent(e).trim());
      }
      expect(record.filters).toEqual(filters);
      expect(record.meta.title).toBe(textOfHtml(DomUtils.getInnerHTML(DomUtils.findOne((e) => e.name === "h1", main.children)!)));
      expect(record.language).toBe(/<html lang="([^"]+)"/.exec(html)![1]!.toLowerCase());
    }
  });
});
