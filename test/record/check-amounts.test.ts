import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { checkAmounts } from "../../src/record/check-amounts.ts";
import { EntryFrontMatterSchema, type Entry } from "../../src/schemas/entry.ts";
import { FundingLineSchema, type FundingLine } from "../../src/schemas/funding.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const entry = (id: string, date: string, fields: Record<string, unknown>, body = ""): Entry => ({
  ...EntryFrontMatterSchema.parse({ title: "An entry", date, datePrecision: "day", kind: "cabinet-decision", phase: "response", summary: "What happened.", sources: ["s"], ...fields }),
  id, file: `content/${id}.md`, url: `/timeline/${id}/`, body, bodyLine: 10,
});
const line = (id: string, amountPence: number, recordedBy: string): FundingLine =>
  FundingLineSchema.parse({ id, label: id, amountPence, fund: "reserves", financialYear: "2014/15", status: "approved", decidedBy: "cabinet", entry: recordedBy, sources: ["s"] });

const funding = [line("first", 480000000, "first-decision"), line("second", 164000000, "second-decision")];
const messages = (entries: Entry[]) => checkAmounts(entries, funding, new Map()).map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`);

describe("checkAmounts", () => {
  it("accepts an amount of a funding line the entry lists, in any of the ways money is written", () => {
    const e = entry("second-decision", "2014-11-10", { funding: ["second"], title: "Cabinet recommends £1.64m" }, "A further £1.64 million, or £1,640,000.");
    expect(messages([entry("first-decision", "2014-07-01", { funding: ["first"] }), e])).toEqual([]);
  });

  it("accepts an amount recorded by an entry dated on or before this one", () => {
    const e = entry("second-decision", "2014-11-10", { funding: ["second"] }, "On top of the £4.8m agreed earlier.");
    expect(messages([entry("first-decision", "2014-07-01", { funding: ["first"] }), e])).toEqual([]);
  });

  it("reports an amount recorded only by a later entry", () => {
    const early = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Later cabinet found £1.64m.");
    expect(messages([early, entry("second-decision", "2014-11-10", { funding: ["second"] })])).toEqual([
      'content/first-decision.md:10:21 body: "£1.64m" is not the amount of any funding line of this entry or an earlier one (expected one of £4.8m; if it is deliberately not a funding line, list it under otherAmounts)',
    ]);
  });

  it("suggests the amount a typo was probably meant to be", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"] }, "Cabinet released\n£4.6m.");
    expect(messages([e])).toEqual([
      'content/first-decision.md:11:1 body: "£4.6m" is not the amount of any funding line of this entry or an earlier one (if it is deliberately not a funding line, list it under otherAmounts); did you mean "£4.8m"?',
    ]);
  });

  it("accepts an amount listed under otherAmounts, however it is written there", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["£5m"] }, 'Under the headline "£5 million needed".');
    expect(messages([e])).toEqual([]);
  });

  it("reports otherAmounts that are not amounts, or that the text does not contain", () => {
    const e = entry("first-decision", "2014-07-01", { funding: ["first"], otherAmounts: ["five million", "£7m"] }, "Nothing here.");
    expect(messages([e])).toEqual([
      'content/first-decision.md:1:1 otherAmounts[0]: "five million" is not an amount written with £ (expected something like "£5 million" or "£250,000")',
      'content/first-decision.md:1:1 otherAmounts[1]: "£7m" is not written in the title, summary or text; remove it from otherAmounts',
    ]);
  });

  it("says so when no funding line is recorded up to the entry's date", () => {
    const e = entry("early", "2014-01-01", {}, "£3m.");
    expect(messages([e, entry("first-decision", "2014-07-01", { funding: ["first"] })])).toEqual([
      'content/early.md:10:1 body: "£3m" is not the amount of any funding line of this entry or an earlier one (no funding line is recorded up to this date; if it is deliberately not a funding line, list it under otherAmounts)',
    ]);
  });
});

describe("the money check in loadRecord", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it("locates a wrong amount in the body to its line and column", async () => {
    const fixture = await minimalRecordWith({ "content/2014/2014-11-10-cabinet-decides.md": "bad/wrong-amount.md" });
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe(
      'content/2014/2014-11-10-cabinet-decides.md:17:18  body: "£4.6m" is not the amount of any funding line of this entry or an earlier one (if it is deliberately not a funding line, list it under otherAmounts); did you mean "£4.8m"?\n' +
        "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter",
    );
  });

  it("locates an amount in the title at the title", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const file = `${fixture.root}/content/2014/2014-11-10-cabinet-decides.md`;
    const { readFile, writeFile } = await import("node:fs/promises");
    await writeFile(file, (await readFile(file, "utf8")).replace("title: Cabinet decides", "title: Cabinet releases £48m"));
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(["2:8 title"]);
  });
});
