import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/views/build-views.ts";
import { projectRoot } from "../support/fixture-record.ts";
import { minimalModel, recordAt, shippedModel } from "../support/load-model.ts";

describe("the model's money, filters and citations", () => {
  it("gives each entry that decides money the running totals up to it, keeping up-to amounts honest", async () => {
    const { entries } = await shippedModel();
    const withMoney = entries.filter((e) => e.runningTotals.length > 0);
    expect(withMoney.map((e) => [e.id, e.runningTotals.map((t) => `${t.label}: ${t.total.text}`)])).toEqual([
      ["cabinet-releases-reserves", ["Approved: up to £5.8m"]],
      ["cabinet-approves-improvement-plan", ["Approved: up to £5.8m", "Recommended: £1.64m"]],
    ]);
    const plan = entries.find((e) => e.id === "cabinet-approves-improvement-plan")!;
    expect(plan.moneyByStatus).toEqual([{ status: "recommended", label: "Recommended", text: "£1.64m" }]);
    expect(entries.filter((e) => e.fundingList.length === 0).every((e) => e.runningTotals.length === 0)).toBe(true);
  });

  it("totals the shipped record by status and by fund from the funding lines", async () => {
    const { money } = await shippedModel();
    expect(money.byStatus.map((t) => `${t.label}: ${t.total.text} = ${t.total.exact}`)).toEqual(["Approved: up to £5.8m = £5,800,000", "Recommended: £1.64m = £1,640,000"]);
    expect(money.byFund.map((r) => `${r.label}: ${r.total.text}`)).toEqual(["General reserves: £1.64m", "Reserves: £4.8m", "Approved budget: up to £1m"]);
    expect(money.overTime.map((p) => p.decision.dateText)).toEqual(["Between 1 July and 10 November 2014", "10 November 2014"]);
  });

  it("dates an entry's last update from its latest update, and cites it with the canonical address", async () => {
    // A copy: loadRecord hands every caller the same cached record.
    const record = structuredClone(await recordAt(projectRoot));
    const [first] = record.entries.filter((e) => e.id === "cabinet-releases-reserves");
    first!.updates = [
      { date: "2015-01-05", text: "Later fact." },
      { date: "2014-12-01", text: "Earlier correction." },
    ];
    record.site.url = "https://reports.example.test/";
    const entry = buildModel(record).entries.find((e) => e.id === "cabinet-releases-reserves")!;
    expect(entry.lastUpdated).toBe("2015-01-05");
    expect(entry.lastUpdatedText).toBe("5 January 2015");
    expect(entry.updateList.map((u) => u.date)).toEqual(["2014-12-01", "2015-01-05"]);
    expect(entry.canonicalUrl).toBe("https://reports.example.test/timeline/cabinet-releases-reserves/");
    expect(entry.citationText).toBe(
      "“The council agrees to release £4.8m from reserves”. " +
        "Buckinghamshire children's services 2014–15: the public record. " +
        "https://reports.example.test/timeline/cabinet-releases-reserves/ (last updated 5 January 2015)",
    );
  });

  it("leaves lastUpdated undefined for an entry never updated", async () => {
    // The minimal fixture's one entry has no updates, and no git history is given.
    const [entry, ...others] = (await minimalModel()).entries;
    expect(others).toEqual([]);
    expect(entry!.updates).toEqual([]);
    expect([entry!.lastUpdated, entry!.lastUpdatedFrom, entry!.lastUpdatedText]).toEqual([undefined, undefined, undefined]);
    expect(entry!.citationText).not.toContain("last updated");
  });

  it("lists one filter page per kind and per phase in use, each with only its entries in timeline order", async () => {
    const { entries, timelineFilters } = await shippedModel();
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
    const { entries } = await shippedModel();
    const plan = entries.find((e) => e.id === "cabinet-approves-improvement-plan")!;
    expect(plan.deciders.map((p) => p.name)).toEqual(["Cabinet"]);
    expect(plan.othersInvolved.map((p) => `${p.name}: ${p.summary ?? ""}`)).toContain("Martin Tett: Leader of the Council");
    expect(plan.othersInvolved.map((p) => p.id)).not.toContain("cabinet");
  });
});
