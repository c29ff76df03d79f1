import { describe, expect, it } from "vitest";
import { findCitations } from "../../src/record/find-citations.ts";

describe("findCitations", () => {
  it("finds an inline citation with its passage, where its source id is written", () => {
    expect(findCitations('Cabinet met.\nIt agreed ([statement](source:council "Cabinet met on Monday")).')).toEqual([
      { form: "inline", id: "council", passage: "Cabinet met on Monday", line: 2, column: 24 },
    ]);
  });

  it.each([
    ["an address in angle brackets", '[s](<source:council> "the words")'],
    ["a title in single quotes", "[s](source:council 'the words')"],
    ["a title in parentheses", "[s](source:council (the words))"],
    ["an upper-case scheme", '[s](SOURCE:council "the words")'],
    ["spaces inside the parentheses", '[s](  source:council   "the words"  )'],
  ])("reads %s as the same checked citation", (_name, text) => {
    expect(findCitations(text)).toEqual([expect.objectContaining({ form: "inline", id: "council", passage: "the words", line: 1 })]);
  });

  it("finds a citation without a passage", () => {
    expect(findCitations("[s](source:council)")).toEqual([{ form: "inline", id: "council", line: 1, column: 5 }]);
  });

  it("finds citations in lists, quotations and tables", () => {
    const body = '- [a](source:one "x")\n\n> [b](source:two "y")\n\n| h |\n| --- |\n| [c](source:three "z") |\n';
    expect(findCitations(body).map((c) => [c.id, c.line])).toEqual([["one", 1], ["two", 3], ["three", 7]]);
  });

  it("finds an autolink, located at its opening bracket", () => {
    expect(findCitations("See <source:council>.")).toEqual([{ form: "autolink", id: "council", line: 1, column: 5 }]);
  });

  it("finds a citation made through a reference definition, located at the definition", () => {
    expect(findCitations('See [s][ref].\n\n[ref]: source:council "the words"\n')).toEqual([{ form: "reference", id: "council", passage: "the words", line: 3, column: 1 }]);
  });

  it("finds a reference definition that no link uses", () => {
    expect(findCitations("Text.\n\n[ref]: <source:council>\n")).toEqual([{ form: "reference", id: "council", line: 3, column: 1 }]);
  });

  it("finds text that starts a citation Markdown cannot read, such as an unclosed passage", () => {
    expect(findCitations('Fact ([s](source:council "unclosed).\n')).toEqual([{ form: "broken", id: "", line: 1, column: 11 }]);
  });

  it("ignores ordinary links and the word source in prose", () => {
    expect(findCitations("[DfE](https://www.gov.uk/) and the source: a report.")).toEqual([]);
  });
});
