import { describe, expect, it } from "vitest";
import { citationNotes } from "../../src/citations/citation-notes.ts";
import type { Source } from "../../src/schemas/source.ts";

// A citation's note is what a resident reads as the evidence: the source's own words, which
// document, and a link to the paragraph on /sources/.
const statement = {
  id: "statement", title: "Council <agrees> plan", kind: "council-statement", date: "2014-11-12", datePrecision: "day", publish: "in-full",
  file: "data/sources/statement.md", textLine: 8,
  text: "Council agrees plan\n\nCabinet released   £4.8m from reserves.\nThe plan is “a good but living document”, the leader said.\n",
} as Source;
const summer = { ...statement, id: "summer", title: "Summer report", date: "2014-06-01", dateTo: "2014-09-30", datePrecision: "range" } as Source;
const sources = new Map([statement, summer].map((s) => [s.id, s]));
const notes = () => citationNotes(sources, "note-", (kind) => (kind === "council-statement" ? "Council Statement" : kind));

describe("citationNotes", () => {
  it("numbers each citation, and links its marker to its note and back", () => {
    const made = notes();
    expect(made.cite("statement", "released £4.8m")).toEqual({ href: "#note-1", id: "note-ref-1", marker: '<sup class="ar-cite__n">[1]</sup>' });
    expect(made.cite("statement", undefined)).toEqual({ href: "#note-2", id: "note-ref-2", marker: '<sup class="ar-cite__n">[2]</sup>' });
  });

  it("gives after a block the source's own words, the document, its kind, date and paragraph, each escaped", () => {
    const made = notes();
    made.cite("statement", "Cabinet released £4.8m");
    expect(made.flush()).toBe(
      '<ol class="ar-notes">\n' +
        '<li id="note-1"><blockquote class="ar-note__words"><p>Cabinet released £4.8m</p></blockquote>' +
        '<p class="ar-note__from">From <a href="/sources/#statement--p2"><cite>Council &lt;agrees&gt; plan</cite></a> (council statement, 12 November 2014, paragraph 2)</p></li>\n' +
        "</ol>\n",
    );
    expect(made.flush()).toBe("");
  });

  it("joins the parts of an elided passage with […], and writes a range of dates mid-sentence", () => {
    const made = notes();
    made.cite("summer", "Cabinet released […] living document");
    const html = made.flush();
    expect(html).toContain("<p>Cabinet released […] living document</p>");
    expect(html).toContain("(council statement, between June and September 2014, paragraph 2)");
  });

  it("links a citation without a passage to the source, with no words and no paragraph", () => {
    const made = notes();
    made.cite("statement", undefined);
    expect(made.flush()).toBe('<ol class="ar-notes">\n<li id="note-1"><p class="ar-note__from">From <a href="/sources/#statement"><cite>Council &lt;agrees&gt; plan</cite></a> (council statement, 12 November 2014)</p></li>\n</ol>\n');
  });

  it("starts each later block's list at its first note's number", () => {
    const made = notes();
    made.cite("statement", undefined);
    made.flush();
    made.cite("statement", undefined);
    made.cite("summer", undefined);
    const html = made.flush();
    expect(html.startsWith('<ol class="ar-notes" start="2">\n<li id="note-2">')).toBe(true);
    expect(html).toContain('<li id="note-3">');
  });

  it("says so, escaped, for an id no source has (a preview of a record the check has not passed)", () => {
    const made = notes();
    made.cite("no<such>", "words");
    expect(made.flush()).toBe('<ol class="ar-notes">\n<li id="note-1">No source in the record has the id no&lt;such&gt;.</li>\n</ol>\n');
  });
});
