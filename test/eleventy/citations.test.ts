import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, elementById, mainOf, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

// A record whose entry cites a statement that may be published in full and an article that may
// only be quoted (test/fixtures/citations/).
let pages: BuiltPage[];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const record = await minimalRecordWith({
    "content/2014/2014-11-10-cabinet-decides.md": "citations/entry-with-notes.md",
    "data/sources/news-article.md": "citations/news-article.md",
  });
  cleanup = record.cleanup;
  pages = await buildInMemory({ recordRoot: record.root });
});
afterAll(() => cleanup?.());

describe("an entry page", () => {
  it("shows, right after the paragraph making a claim and without any script, the source's own words and which document they come from", () => {
    const main = mainOf(pageAt(pages, "/timeline/cabinet-decides/").content);
    expect(main).toContain(
      '<p>Cabinet released £4.8m from reserves. (<a href="#note-1" class="ar-cite" id="note-ref-1">statement<sup class="ar-cite__n">[1]</sup></a>)</p>\n' +
        '<ol class="ar-notes">\n' +
        '<li id="note-1"><blockquote class="ar-note__words"><p>Cabinet released £4.8m from reserves</p></blockquote>' +
        '<p class="ar-note__from">From <a href="/sources/#council-statement--p2"><cite>Council agrees plan</cite></a> (council statement, 12 November 2014, paragraph 2)</p></li>\n</ol>',
    );
    expect(main).not.toContain("<script");
  });

  it("numbers the notes of later paragraphs on, shows elided words as elided and quotes the copy's own characters", () => {
    const notes = elementById(pageAt(pages, "/timeline/cabinet-decides/").content, "note-2");
    expect(notes).toContain("<p>cabinet met on Monday 10 November 2014 […] agreed the plan</p>");
    const article = elementById(pageAt(pages, "/timeline/cabinet-decides/").content, "note-3");
    expect(article).toContain("<p>The council’s cabinet met on Monday</p>");
    expect(article).toContain('href="/sources/#news-article--p2"');
    expect(mainOf(pageAt(pages, "/timeline/cabinet-decides/").content)).toContain('<ol class="ar-notes" start="2">');
  });
});

describe("the sources page", () => {
  it("shows a statement that may be published in full paragraph by paragraph, each with the anchor citations link to", () => {
    const statement = elementById(pageAt(pages, "/sources/").content, "council-statement");
    expect(statement).toContain('<li id="council-statement--p1"><p>Council agrees plan</p></li>');
    expect(statement).toContain('<li id="council-statement--p2"><p>Cabinet released £4.8m from reserves for children’s services.</p></li>');
  });

  it("shows only the cited words of an article that may only be quoted, under their paragraph's number", () => {
    const article = elementById(pageAt(pages, "/sources/").content, "news-article");
    expect(article).toContain('<li id="news-article--p2" value="2"><blockquote><p>The council’s cabinet met on Monday</p></blockquote></li>');
    expect(article).not.toContain("agreed the plan");
    expect(article).not.toContain("A spokesman");
  });

  it("never names the file the copy is kept in", () => {
    expect(pageAt(pages, "/sources/").content).not.toMatch(/\.md\b|\.txt\b|data\/sources/);
  });
});

describe("the full report", () => {
  it("gives each entry's notes ids of their own, so two entries on one page never share one", () => {
    const report = pageAt(pages, "/report/").content;
    expect(report).toContain('<li id="cabinet-decides--note-1">');
    expect(report).not.toContain('id="note-1"');
  });
});
