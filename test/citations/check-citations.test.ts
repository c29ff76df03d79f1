import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";

describe("npm run check on citations and quotations", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  const problemsWith = async (fixture: string) => {
    const record = await minimalRecordWith({ [ENTRY]: `citations/${fixture}` });
    cleanup = record.cleanup;
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    ["found exactly as the copy prints it", "passage-found.md"],
    ["found once quotation marks, dashes and spaces are made alike", "passage-normalised.md"],
    ["found with words left out where […] marks it", "passage-elided.md"],
  ])("accepts a passage %s", async (_name, fixture) => {
    expect(await problemsWith(fixture)).toEqual([]);
  });

  it("refuses a passage that is not in the copy held, with the copy's nearest sentence", async () => {
    expect(await problemsWith("passage-not-found.md")).toEqual([
      `${ENTRY}:17:38  body: the passage "Cabinet released the money from reserves" is not in the copy held of "council-statement" (data/sources/council-statement.md); the nearest there is "Cabinet released £4.8m from reserves for children’s services."`,
    ]);
  });

  it("requires every citation to carry the source's words", async () => {
    expect(await problemsWith("passage-missing.md")).toEqual([
      `${ENTRY}:17:38  body: cites "council-statement" without the words it rests on; add the source's words as the link's title: [label](source:council-statement "the source's own words that support this")`,
    ]);
  });

  it("checks quotations in front matter against the copy held", async () => {
    expect(await problemsWith("quote-not-found.md")).toEqual([
      `${ENTRY}:18:11  quotes[0].text: the quotation "It is a good and living document." is not in the copy held of "council-statement" (data/sources/council-statement.md); copy the words exactly, and mark any words left out with …`,
    ]);
  });

  it("refuses every citation form it cannot check, each where it is written", async () => {
    expect(await problemsWith("citation-forms.md")).toEqual([
      `${ENTRY}:17:25  body: <source:council-statement> gives no words from the source, so nothing can be checked; write [label](source:council-statement "the source's own words that support this")`,
      `${ENTRY}:21:1  body: cites "council-statement" through a reference definition, which keeps the source's words away from the claim; write the citation where the claim is: [label](source:council-statement "the source's own words that support this")`,
      `${ENTRY}:23:24  body: this looks like a citation, but Markdown cannot read it as a link: check its brackets, and that the quotation marks around the source's words are closed (expected [label](source:source-id "the source's own words that support this"))`,
      `${ENTRY}:25:1  body: cites "council-statement" through a reference definition, which keeps the source's words away from the claim; write the citation where the claim is: [label](source:council-statement "the source's own words that support this")`,
    ]);
  });

  it("requires words the entry puts in quotation marks to be in the copy held of one of its sources", async () => {
    expect(await problemsWith("quoted-words.md")).toEqual([
      `${ENTRY}:7:10  summary: the words in quotation marks "a living plan" are not in the copy held of any source this entry lists (council-statement); quote a source exactly, or write them without quotation marks`,
      `${ENTRY}:18:2  body: the words in quotation marks "a good and lasting document" are not in the copy held of any source this entry lists (council-statement); quote a source exactly, or write them without quotation marks`,
    ]);
  });

  it("checks words in quotation marks in the data files against the sources each item lists", async () => {
    const record = await minimalRecordWith({ "data/glossary.json": "citations/glossary-quoting.json" });
    cleanup = record.cleanup;
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `data/glossary.json:4:57  terms[1].inThisRecord: the words in quotation marks "more money" are not in the copy held of any source this term lists (council-statement); quote a source exactly, or write them without quotation marks`,
    ]);
  });
});
