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

  it("finds a citation written after other links and brackets in the same paragraph, where it is written", () => {
    const body = 'See [the plan](/timeline/plan/), [a note](#n) and <https://example.org> then ([s](source:council "the words")).';
    expect(findCitations(body)).toEqual([{ form: "inline", id: "council", passage: "the words", line: 1, column: body.indexOf("source:council") + 1 }]);
    const auto = "<b> and <https://example.org> then <source:council>";
    expect(findCitations(auto)).toEqual([expect.objectContaining({ form: "autolink", id: "council", line: 1, column: auto.indexOf("<source:") + 1 })]);
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

  it("locates each citation of one source where it is written, on one line and in later blocks", () => {
    const body = 'It agreed [a](source:council "x") and [b](source:council "y").\n\n- [c](source:council "z")\n';
    expect(findCitations(body).map((c) => `${c.line}:${c.column} ${c.passage}`)).toEqual(["1:15 x", "1:43 y", "3:7 z"]);
  });

  it("reads a source id with characters a pattern would treat specially as the id written", () => {
    expect(findCitations('[s](source:council.2014+ "the words")')).toEqual([{ form: "inline", id: "council.2014+", passage: "the words", line: 1, column: 5 }]);
  });

  it("finds an unclosed citation with spaces before source:, located at the first of them", () => {
    expect(findCitations('Fact ([s](  source:council "unclosed).\n')).toEqual([{ form: "broken", id: "", line: 1, column: 11 }]);
  });

  it("finds two autolinks of one source where each is written", () => {
    expect(findCitations("See <source:a> and <source:a>.").map((c) => `${c.form} ${c.column}`)).toEqual(["autolink 5", "autolink 20"]);
  });

  it("counts an empty passage as no passage", () => {
    expect(findCitations('[s](source:council "")')).toStrictEqual([{ form: "inline", id: "council", line: 1, column: 5 }]);
    expect(findCitations("[s](source:council)")).toStrictEqual([{ form: "inline", id: "council", line: 1, column: 5 }]);
  });

  it("locates an unused definition whose label has several spaces in it", () => {
    expect(findCitations("Text.\n\n[My   Ref]: source:council\n")).toEqual([{ form: "reference", id: "council", line: 3, column: 1 }]);
  });

  it("locates a reference citation at its block when the definition is inside a quotation", () => {
    expect(findCitations('> See [a][r].\n>\n> [r]: source:council "w"\n')).toEqual([{ form: "reference", id: "council", passage: "w", line: 1, column: 1 }]);
  });

  it("lists citations in reading order, a reference's at its definition", () => {
    const body = 'See [a][r] and [b](source:two "w").\n\n[r]: source:one "v"\n';
    expect(findCitations(body).map((c) => `${c.id} ${c.line}:${c.column}`)).toEqual(["two 1:20", "one 3:1"]);
  });

  it("locates citations of one source in two cells of a table row apart", () => {
    expect(findCitations('| [a](source:x "p") | [b](source:x "q") |\n| --- | --- |\n').map((c) => c.column)).toEqual([7, 27]);
  });

  it("does not take a citation written as code in an earlier block for the real one after it", () => {
    const body = '    [a](source:x "p")\n\nThen [b](source:x "q").\n';
    expect(findCitations(body)).toEqual([{ form: "inline", id: "x", passage: "q", line: 3, column: 10 }]);
  });

  it("locates a real citation after a broken one of the same source", () => {
    expect(findCitations('A [a](source:x "open. And [b](source:x "w").').map((c) => `${c.form} ${c.column}`)).toEqual(["broken 7", "inline 31"]);
  });

  it("locates text that reads as a citation only once its entities are read at its block", () => {
    expect(findCitations('Intro.\n\nSee [a&#93;(source:x "w").')).toEqual([{ form: "broken", id: "", line: 3, column: 1 }]);
  });

  it("takes a citation written as inline code for code, not a citation", () => {
    expect(findCitations('Write `[a](source:x "p")` to cite.')).toEqual([]);
  });

  it("orders citations on one line by column, a reference placed at its block's start included", () => {
    const body = '> See [b](source:two "w") and [a][r].\n>\n> [r]: source:one "v"\n';
    expect(findCitations(body).map((c) => `${c.form} ${c.id} ${c.line}:${c.column}`)).toEqual(["reference one 1:1", "inline two 1:11"]);
  });

  it("ignores ordinary links and the word source in prose", () => {
    expect(findCitations("[DfE](https://www.gov.uk/) and the source: a report.")).toEqual([]);
  });
});
