import { describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { projectRoot } from "../support/fixture-record.ts";

describe("the shipped record", () => {
  it("validates with no problems, drafts included", async () => {
    const result = await loadRecord(projectRoot, { includeDrafts: true });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
  });

  it("covers the events the sources describe, in phase order and by date within each phase", async () => {
    const result = await loadRecord(projectRoot);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const model = buildModel(result.record);
    expect(model.entries.map((e) => `${e.dateText} | ${e.title}`)).toEqual([
      "February 2014 | Council sets up a task and finish group on children's services",
      "June 2014 | Ofsted inspects children's services",
      "Between June and September 2014 | Ofsted rates the council's children's services \"inadequate\"",
      "Between 1 July and 9 November 2014 | Task and finish group asks cabinet for £4.8m and up to £1m",
      "Between 1 July and 9 November 2014 | Cabinet releases £4.8m from reserves and up to £1m from the budget",
      "20 October 2014 | Cabinet accepts the improvement plan but waits for the select committee",
      "November 2014 | Cabinet member for children's services resigns",
      "10 November 2014 | Cabinet approves the improvement plan and recommends a further £1.64m",
      "10 November 2014 | The improvement plan: six work streams and an Improvement Board",
      "21 November 2014 | Improvement plan due to be submitted to Ofsted",
      "November 2014 or later | Government concludes no further intervention is needed",
    ]);
  });

  it("computes the money committed from the funding lines", async () => {
    const result = await loadRecord(projectRoot);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const { money } = buildModel(result.record);
    expect(money.byStatus.map((t) => `${t.label}: ${t.total.text} (${t.total.exact})`)).toEqual(["Approved: up to £5.8m (£5,800,000)", "Recommended: £1.64m (£1,640,000)"]);
    expect(money.all.text).toBe("up to £7.44m");
  });
});
