import { describe, expect, it } from "vitest";
import { readBody } from "../../src/record/read-body.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { housingModel, minimalModel, recordAt } from "../support/load-model.ts";

describe("the model's money, filters and citations", () => {
  it("gives each entry that decides money the running totals up to it, counting a sum once at its latest stage", async () => {
    const { entries } = await housingModel();
    const withMoney = entries.filter((e) => e.runningTotals.length > 0);
    // The £1.2m taskforce is recommended on 22 March 2022 and approved on 5 April 2022: from then on
    // it is in the approved total and no longer in the recommended one. The grant is income, apart.
    expect(withMoney.map((e) => [e.id, e.runningTotals.map((t) => `${t.label}: ${t.total.text}`)])).toEqual([
      ["housing-committee-recommends-taskforce", ["Recommended: £1.2m"]],
      ["committee-approves-emergency-repairs-fund", ["Approved: up to £4.45m"]],
      ["housing-committee-accepts-grant", ["Approved: up to £4.45m"]],
      ["housing-committee-reviews-progress", ["Approved: up to £4.45m", "Proposed: £300,000"]],
    ]);
    const fund = entries.find((e) => e.id === "committee-approves-emergency-repairs-fund")!;
    expect(fund.moneyByStatus).toEqual([{ status: "approved", label: "Approved", text: "£1.2m and £2.5m and up to £750,000" }]);
    const grant = entries.find((e) => e.id === "housing-committee-accepts-grant")!;
    expect(grant.moneyByStatus).toEqual([{ status: "received", label: "Received", text: "£400,000" }]);
    expect(entries.filter((e) => e.fundingList.length === 0).every((e) => e.runningTotals.length === 0)).toBe(true);
  });

  it("totals a record by stage, by fund and by year, money going out apart from money coming in", async () => {
    const { money } = await housingModel();
    expect(money.byStatus.map((t) => `${t.label}: ${t.total.text} = ${t.total.exact}`)).toEqual(["Approved: up to £4.45m = £4,450,000", "Proposed: £300,000 = £300,000"]);
    expect(money.byFund.map((r) => `${r.label}: ${r.total.text}`)).toEqual([
      "Housing revenue account: £2.5m",
      "General reserves: £1.2m",
      "Contingency: up to £750,000",
      "Approved budget: £300,000",
    ]);
    // The taskforce is split over 2021/22 (£200,000) and 2022/23 (£1m).
    expect(money.byYear.map((r) => `${r.label}: ${r.total.text}`)).toEqual(["2021/22: £200,000", "2022/23: up to £4.25m", "2023/24: £300,000"]);
    expect(money.in.byStatus.map((t) => `${t.label}: ${t.total.text}`)).toEqual(["Received: £400,000"]);
    expect(money.in.sums.map((s) => s.id)).toEqual(["damp-and-mould-grant"]);
    expect(money.overTime.map((p) => p.decision.dateText)).toEqual(["22 March 2022", "5 April 2022", "15 November 2022", "14 March 2023"]);
  });

  it("dates an entry's last update from its latest update, and cites it with the canonical address", async () => {
    // A copy: loadRecord hands every caller the same cached record.
    const record = structuredClone(await recordAt(housingRoot));
    const [first] = record.entries.filter((e) => e.id === "committee-approves-emergency-repairs-fund");
    first!.updates = [
      { date: "2022-06-10", text: "Later fact." },
      { date: "2022-05-01", text: "Earlier correction." },
    ];
    const entry = buildModel(record).entries.find((e) => e.id === "committee-approves-emergency-repairs-fund")!;
    expect(entry.lastUpdated).toBe("2022-06-10");
    expect(entry.lastUpdatedText).toBe("10 June 2022");
    expect(entry.updateList.map((u) => u.date)).toEqual(["2022-05-01", "2022-06-10"]);
    expect(entry.canonicalUrl).toBe("https://housing-repairs.example.net/timeline/committee-approves-emergency-repairs-fund/");
    expect(entry.citationText).toBe(
      "The Kestrel Vale Tenants' Record (a fictional test publisher). “Policy and Resources Committee approves a £2.5m emergency repairs fund”. " +
        "Kestrel Vale housing repairs 2021–23: the public record (fictional test data). " +
        "https://housing-repairs.example.net/timeline/committee-approves-emergency-repairs-fund/ (last updated 10 June 2022)",
    );
  });

  it("leaves lastUpdated undefined for an entry never updated", async () => {
    const record = structuredClone(await recordAt(housingRoot));
    const [first] = record.entries.filter((e) => e.id === "committee-approves-emergency-repairs-fund");
    first!.updates = [];
    const entry = buildModel(record).entries.find((e) => e.id === "committee-approves-emergency-repairs-fund")!;
    expect([entry.lastUpdated, entry.lastUpdatedText, entry.lastUpdatedFrom]).toEqual([undefined, undefined, undefined]);
    expect(entry.citationText).toMatch(/\/timeline\/committee-approves-emergency-repairs-fund\/$/);
  });

  it("lists one filter page per kind and per phase in use, each with only its entries in timeline order", async () => {
    const { entries, timelineFilters } = await housingModel();
    for (const kind of timelineFilters.kinds) {
      expect(kind.url).toBe(`/timeline/kind/${kind.id}/`);
      expect(kind.entries.map((e) => e.id)).toEqual(entries.filter((e) => e.kind === kind.id).map((e) => e.id));
    }
    for (const phase of timelineFilters.phases) {
      expect(phase.url).toBe(`/timeline/phase/${phase.id}/`);
      expect(phase.entries.map((e) => e.id)).toEqual(entries.filter((e) => e.phase === phase.id).map((e) => e.id));
    }
    expect(new Set(timelineFilters.kinds.map((k) => k.id))).toEqual(new Set(entries.map((e) => e.kind)));
    expect(new Set(timelineFilters.phases.map((p) => p.id))).toEqual(new Set(entries.map((e) => e.phase)));
  });

  it("does not repeat those who decided among the others involved", async () => {
    const { entries } = await housingModel();
    const fund = entries.find((e) => e.id === "committee-approves-emergency-repairs-fund")!;
    expect(fund.deciders.map((p) => p.name)).toEqual(["Policy and Resources Committee"]);
    expect(fund.othersInvolved.map((p) => `${p.name}: ${p.summary ?? ""}`)).toEqual(["Tom Okafor: Leader of the Council; Chair of the Policy and Resources Committee"]);
  });
});

describe("the model from the record check's readings", () => {
  it("is the same model whether the bodies' citations are read again or taken from the check", async () => {
    const record = await recordAt(housingRoot);
    const reads: string[] = [];
    const fromCheck = buildModel(record, { readBody: (body) => (reads.push(body), readBody(body)) });
    // As JSON: the model holds functions (formatters), new in every model.
    expect(JSON.stringify(fromCheck)).toBe(JSON.stringify(buildModel(record)));
    // Each entry's body was asked for: the sources' cited passages come from these readings.
    expect(reads.length).toBe(record.entries.length);
    expect(fromCheck.sources.some((s) => JSON.stringify(s).includes("passage"))).toBe(true);
  });
});
