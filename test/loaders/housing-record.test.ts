import { describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { housingModel } from "../support/load-model.ts";

describe("the housing fixture record (another kind of council)", () => {
  it("validates with no problems, drafts included", async () => {
    const result = await loadRecord(housingRoot, { includeDrafts: true });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
  });

  it("puts its events in phase order and by earliest date within each phase, dated only as exactly as the sources", async () => {
    const model = await housingModel();
    expect(model.entries.map((e) => `${e.dateText} | ${e.title}`)).toEqual([
      "March 2021 | Tenants count 600 homes waiting for damp repairs",
      "15 June 2021 | Housing Committee notes the repairs backlog and asks for a plan",
      "Between September and December 2021 | The repairs contractor misses its response targets",
      '10 February 2022 | Ombudsman finds the council\'s repairs caused "severe" distress to a family',
      "March 2022 | The Regulator of Social Housing inspects the housing service",
      "22 March 2022 | Housing Committee recommends £1.2m for a damp and mould taskforce",
      "5 April 2022 | Policy and Resources Committee approves a £2.5m emergency repairs fund",
      "May 2022 | The Director of Housing leaves",
      "1 June 2022 | An interim Director of Housing is appointed",
      "12 July 2022 | Full Council adopts the repairs improvement plan",
      "30 September 2022 | Deadline for clearing urgent repairs",
      "15 November 2022 | Housing Committee accepts a £400,000 government grant",
      "2023 | The regulator reviews the council's progress",
      "14 March 2023 | Housing Committee hears the plan missed its deadline",
    ]);
  });

  it("counts the money from its sums, each once at its latest stage, money coming in apart", async () => {
    const { money } = await housingModel();
    expect(money.byStatus.map((t) => `${t.label}: ${t.total.text} (${t.total.exact})`)).toEqual(["Approved: up to £4.45m (£4,450,000)", "Proposed: £300,000 (£300,000)"]);
    expect(money.all.text).toBe("up to £4.75m");
    expect(money.in.all.text).toBe("£400,000");
  });

  it("reads its own vocabularies: kinds of entry and source, funds and promise statuses no code names", async () => {
    const model = await housingModel();
    expect(model.timelineFilters.kinds.map((k) => k.label)).toContain("Committee decision");
    expect(model.timelineFilters.kinds.map((k) => k.label)).not.toContain("Cabinet decision");
    expect(model.sources.find((s) => s.id === "ombudsman-determination")?.kindLabel).toBe("Ombudsman decision");
    expect(model.money.byFund.map((r) => r.label)).toContain("Housing revenue account");
    expect(model.promises.find((p) => p.id === "repairs-hotline")?.statusLabel).toBe("Withdrawn");
  });
});
