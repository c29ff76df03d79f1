import { describe, expect, it } from "vitest";
import { summariseFunding } from "../../src/record/funding-summary.ts";
import type { FundingLine } from "../../src/schemas/funding.ts";

type Line = Pick<FundingLine, "id" | "amountPence" | "upTo" | "fund" | "status" | "entry">;
const line = (id: string, amountPence: number, fund: Line["fund"], status: Line["status"], entry: string, upTo = false): Line => ({ id, amountPence, upTo, fund, status, entry });

// Timeline order: two lines decided at "first", one recommended at "second", one proposed at "third".
const lines = [
  line("a", 480000000, "reserves", "approved", "first"),
  line("b", 100000000, "approved-budget", "approved", "first", true),
  line("c", 164000000, "general-reserves", "recommended", "second"),
  line("d", 25000000, "reserves", "proposed", "third"),
];

describe("summariseFunding", () => {
  it("totals by status, approved first, leaving out statuses no line has", () => {
    const { byStatus } = summariseFunding(lines.slice(0, 3));
    expect(byStatus.map((t) => `${t.label}: ${t.total.text} (${t.total.count})`)).toEqual(["Approved: up to £5.8m (2)", "Recommended: £1.64m (1)"]);
  });

  it("totals by fund in the schema's fund order, with one cell per status in use and none where a fund has no line of it", () => {
    const { byFund } = summariseFunding(lines);
    expect(byFund.map((r) => [r.label, r.cells.map((c) => c.total?.text ?? "–"), r.total.text])).toEqual([
      ["General reserves", ["–", "£1.64m", "–"], "£1.64m"],
      ["Reserves", ["£4.8m", "–", "£250,000"], "£5.05m"],
      ["Approved budget", ["up to £1m", "–", "–"], "up to £1m"],
    ]);
  });

  it("keeps running totals by status after each decision, in timeline order", () => {
    const { overTime } = summariseFunding(lines);
    expect(overTime.map((p) => [p.entryId, p.added.map((l) => l.id).join(","), p.toDate.map((t) => `${t.label} ${t.total.text}`).join("; ")])).toEqual([
      ["first", "a,b", "Approved up to £5.8m; Recommended £0; Proposed £0"],
      ["second", "c", "Approved up to £5.8m; Recommended £1.64m; Proposed £0"],
      ["third", "d", "Approved up to £5.8m; Recommended £1.64m; Proposed £250,000"],
    ]);
  });

  it("is empty for a record with no money", () => {
    expect(summariseFunding([])).toEqual({ statusesUsed: [], byStatus: [], byFund: [], overTime: [] });
  });
});
