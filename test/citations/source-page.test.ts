import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/schemas/entry.ts";
import { publishLevels, type Source } from "../../src/schemas/source.ts";
import { citedPassages, sourcePage } from "../../src/citations/source-page.ts";

// What /sources/ shows of a copy held: another publisher's article may only show the words the
// record rests on, so a mistake here publishes text the record has no right to.
const TEXT = [
  "The council met on Monday and agreed the plan.",
  "",
  "Officers said the cost would be met from reserves. The leader called it a good but living document.",
  "  A third paragraph nobody cites.  ",
].join("\n");

const source = (publish: Source["publish"]): Source =>
  ({ id: "statement", title: "Statement", kind: "council-statement", date: "2014-11-12", datePrecision: "day", publish, file: "data/sources/statement.md", text: TEXT, textLine: 8 }) as Source;

describe("sourcePage", () => {
  it("shows every paragraph of a copy published in full, numbered from 1, each with its anchor, and nothing as quoted", () => {
    const page = sourcePage(source("in-full"), new Map([["statement", ["agreed the plan"]]]));
    expect(page.publishText).toBe(publishLevels["in-full"]);
    expect(page.quoted).toEqual([]);
    expect(page.paragraphs.map(({ n, anchor, text }) => ({ n, anchor, text }))).toEqual([
      { n: 1, anchor: "statement--p1", text: "The council met on Monday and agreed the plan." },
      { n: 2, anchor: "statement--p2", text: "Officers said the cost would be met from reserves. The leader called it a good but living document." },
      { n: 3, anchor: "statement--p3", text: "A third paragraph nobody cites." },
    ]);
  });

  it("shows of a passages-only copy just the cited words, under their paragraph, in the copy's order, overlaps merged", () => {
    const cited = new Map([["statement", ["a good but living document", "the cost would be met", "agreed the plan", "cost would be met from reserves", "words the copy does not hold"]], ["other", ["The council met"]]]);
    const page = sourcePage(source("passages-only"), cited);
    expect(page.publishText).toBe(publishLevels["passages-only"]);
    expect(page.paragraphs).toEqual([]);
    expect(page.quoted).toEqual([
      { n: 1, anchor: "statement--p1", passages: ["agreed the plan"] },
      { n: 2, anchor: "statement--p2", passages: ["the cost would be met from reserves", "a good but living document"] },
    ]);
  });

  it("never merges passages across paragraphs, and writes a passage's own line breaks and spaces as one space", () => {
    const text = "First paragraph ends here\nSecond paragraph starts here";
    const page = sourcePage({ ...source("passages-only"), text }, new Map([["statement", ["ends here", "Second   paragraph"]]]));
    expect(page.quoted).toEqual([
      { n: 1, anchor: "statement--p1", passages: ["ends here"] },
      { n: 2, anchor: "statement--p2", passages: ["Second paragraph"] },
    ]);
  });

  it("shows nothing of a passages-only copy no one cites", () => {
    expect(sourcePage(source("passages-only"), new Map()).quoted).toEqual([]);
  });
});

describe("citedPassages", () => {
  const entry = (body: string, quotes: Entry["quotes"] = []) => ({ body, quotes }) as Entry;

  it("collects the passages of inline citations and the words quoted, by source, in reading order", () => {
    const entries = [
      entry('It agreed ([s](source:statement "agreed the plan")). See also [o](source:other "other words").', [{ text: "a good but living document", by: "leader", source: "statement" }]),
      entry('More ([s](source:statement "the cost would be met")).'),
    ];
    expect(citedPassages(entries)).toEqual(new Map([
      ["statement", ["agreed the plan", "a good but living document", "the cost would be met"]],
      ["other", ["other words"]],
    ]));
  });

  it("leaves out citations with no passage and the refused forms (autolinks, references)", () => {
    const body = 'A [s](source:statement). An <source:statement>. A [ref][r].\n\n[r]: source:statement "referenced words"';
    expect(citedPassages([entry(body)])).toEqual(new Map());
  });

  it("reads each body with the reading it is given (the check's, kept)", () => {
    const read = () => ({ citations: [{ form: "inline" as const, id: "statement", passage: "kept words", line: 1, column: 1 }] });
    expect(citedPassages([entry("no citation written here")], read)).toEqual(new Map([["statement", ["kept words"]]]));
  });
});
