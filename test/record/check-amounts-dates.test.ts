import { describe, expect, it } from "vitest";
import type { Locate } from "../../src/problems/problem.ts";
import { checkAmounts } from "../../src/record/check-amounts.ts";
import { EntryFrontMatterSchema, type Entry } from "../../src/schemas/entry.ts";
import { SumSchema, type Sum } from "../../src/schemas/funding.ts";
import { amountWriting } from "../../src/loaders/amount-writing.ts";

const entry = (id: string, date: string, fields: Record<string, unknown>, body = ""): Entry => ({
  ...EntryFrontMatterSchema.parse({ title: "An entry", date, datePrecision: "day", kind: "cabinet-decision", phase: "response", summary: "What happened.", sources: ["s"], ...fields }),
  id, file: `content/${id}.md`, url: `/timeline/${id}/`, body, bodyLine: 10,
});
const line = (id: string, amountPence: number, recordedBy: string): Sum =>
  SumSchema.parse({ id, label: id, amountPence, fund: "reserves", financialYear: "2014/15", stages: [{ stage: "approved", entry: recordedBy, decidedBy: "cabinet", sources: ["s"] }] });
const british = amountWriting({ language: "en-GB", currency: "GBP" });
// Title on line 2, summary on line 7, as in an entry's front matter.
const locate: Locate = (path) => ({ line: path[0] === "title" ? 2 : path[0] === "summary" ? 7 : 9, column: 10 });
const messages = (entries: Entry[], funding: Sum[]) =>
  checkAmounts(entries, funding, new Map(entries.map((e) => [e.file, locate])), british).map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`);

const decision = entry("cabinet-decides", "2014-11-10", { funding: ["reserves"] });
const reserves = line("reserves", 480000000, "cabinet-decides");

describe("checkAmounts and the dates of entries", () => {
  it("accepts an amount recorded by another entry on the same day", () => {
    expect(messages([decision, entry("same-day-statement", "2014-11-10", {}, "The £4.8m agreed today.")], [reserves])).toEqual([]);
  });

  it("reports an amount recorded only the day after", () => {
    expect(messages([decision, entry("day-before", "2014-11-09", {}, "£4.8m")], [reserves])).toEqual([
      "content/day-before.md:10:1 body: \"£4.8m\" is not the amount of any sum whose stage this entry or an earlier one records (no sum is recorded up to this date; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)",
    ]);
  });

  it("reports a wrong amount in the summary and in the title, at the field", () => {
    const wrong = entry("cabinet-decides", "2014-11-10", { funding: ["reserves"], title: "Cabinet finds £5m", summary: "It released £4.9m." });
    expect(messages([wrong], [reserves])).toEqual([
      'content/cabinet-decides.md:2:10 title: "£5m" is not the amount of any sum whose stage this entry or an earlier one records (if it is deliberately not a sum in data/funding.json, list it under otherAmounts); did you mean "£4.8m"?',
      'content/cabinet-decides.md:7:10 summary: "£4.9m" is not the amount of any sum whose stage this entry or an earlier one records (if it is deliberately not a sum in data/funding.json, list it under otherAmounts); did you mean "£4.8m"?',
    ]);
  });

  it("lists at most eight amounts it expected, each once", () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(`l${i}`, (i + 1) * 100_000_00 * 100, "cabinet-decides"));
    const many = entry("cabinet-decides", "2014-11-10", { funding: lines.map((l) => l.id) }, "£1");
    const [message] = messages([many], [...lines, line("again", 100_000_00 * 100, "cabinet-decides")]);
    expect(message).toBe(
      'content/cabinet-decides.md:10:1 body: "£1" is not the amount of any sum whose stage this entry or an earlier one records (expected one of £10m, £20m, £30m, £40m, £50m, £60m, £70m, £80m, ...; if it is deliberately not a sum in data/funding.json, list it under otherAmounts)',
    );
  });
});
