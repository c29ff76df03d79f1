import { describe, expect, it, vi } from "vitest";
import { moneyByStage, type StatusTotal } from "../../src/views/money-by-stage.ts";
import { moneyTotalView } from "../../src/views/money-total-view.ts";
import { standingOf, whereThingsStand, type StandingInput } from "../../src/views/where-things-stand.ts";
import { searchSettings } from "../../src/views/search-settings.ts";
import path from "node:path";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { housingModel, recordAt } from "../support/load-model.ts";

const statuses = [
  { status: "open", label: "Not yet rated" },
  { status: "doing", label: "In progress" },
  { status: "done", label: "Kept" },
];
const promise = (id: string, status: string, due?: string) => ({ id, text: `Promise ${id}`, status, statusLabel: statuses.find((s) => s.status === status)!.label, due });
const input = (over: Partial<StandingInput> = {}): StandingInput => ({
  entries: [
    { title: "First", url: "/timeline/first/", dateText: "1 May 2014" },
    { title: "Last", url: "/timeline/last/", dateText: "November 2014 or later" },
  ],
  money: [],
  promises: [promise("a", "open", "2014-11-21"), promise("b", "open", "2015-03-01"), promise("c", "doing"), promise("d", "done")],
  promiseStatuses: statuses,
  today: "2015-01-01",
  ...over,
});

describe("whereThingsStand", () => {
  it("names the last event on the timeline as the latest", () => {
    expect(whereThingsStand(input()).latest).toEqual({ title: "Last", url: "/timeline/last/", dateText: "November 2014 or later" });
  });

  it("counts promises by status in the scale's order, “not yet rated” included, and leaves out statuses with none", () => {
    const standing = whereThingsStand(input({ promises: [promise("a", "open"), promise("b", "done"), promise("c", "open")] }));
    expect(standing.promises).toEqual([
      { status: "open", label: "Not yet rated", count: 2 },
      { status: "done", label: "Kept", count: 1 },
    ]);
    expect(standing.promiseCount).toBe(3);
  });

  it("gives the next deadline still to come, linked to its promise", () => {
    expect(whereThingsStand(input()).deadline).toEqual({ passed: false, due: "2015-03-01", dueText: "1 March 2015", promise: promise("b", "open", "2015-03-01"), url: "/promises/#b" });
  });

  it("gives the deadline that passed last when none is still to come, and says it has passed", () => {
    const deadline = whereThingsStand(input({ today: "2026-12-01" })).deadline;
    expect(deadline?.passed).toBe(true);
    expect(deadline?.dueText).toBe("1 March 2015");
  });

  it("counts a deadline due today as still to come, and takes the first by id when two fall on one day", () => {
    const deadline = whereThingsStand(input({ today: "2015-03-01", promises: [promise("z", "open", "2015-03-01"), promise("y", "open", "2015-03-01"), promise("x", "open", "2016-01-01")] })).deadline;
    expect([deadline?.passed, deadline?.promise.id, deadline?.dueText]).toEqual([false, "y", "1 March 2015"]);
    const passed = whereThingsStand(input({ today: "2016-01-02", promises: [promise("b", "open", "2015-03-01"), promise("a", "open", "2016-01-01")] })).deadline;
    expect([passed?.passed, passed?.promise.id]).toEqual([true, "a"]);
  });

  it("leaves out what the record does not hold instead of filling it in", () => {
    const standing = whereThingsStand(input({ entries: [], promises: [] }));
    expect(standing).toMatchObject({ latest: undefined, deadline: undefined, promises: [], promiseCount: 0, stillUnknown: [] });
  });

  it("lists what the record says is still unknown, in its own words", () => {
    expect(whereThingsStand(input({ stillUnknown: ["Whether council approved it."] })).stillUnknown).toEqual(["Whether council approved it."]);
  });
});

describe("moneyByStage", () => {
  const total = (status: string, label: string, lines: { amountPence: number; upTo: boolean }[], counts = "agreed"): StatusTotal =>
    ({
      status,
      label,
      counts,
      note: `${label} means…`,
      total: moneyTotalView({
        pence: lines.reduce((n, l) => n + l.amountPence, 0),
        fixedPence: lines.filter((l) => !l.upTo).reduce((n, l) => n + l.amountPence, 0),
        upToPence: lines.filter((l) => l.upTo).reduce((n, l) => n + l.amountPence, 0),
        count: lines.length,
      }),
    });

  it("gives each stage's total once, keeping “up to” honest, linked to its explanation on the money page, and leaves out a stage that counts for nothing", () => {
    const stages = moneyByStage([
      total("approved", "Approved", [{ amountPence: 480_000_000, upTo: false }, { amountPence: 100_000_000, upTo: true }]),
      total("recommended", "Recommended", [{ amountPence: 164_000_000, upTo: false }]),
      total("proposed", "Proposed", []),
      total("withdrawn", "Withdrawn", [{ amountPence: 250_000_00, upTo: false }], "none"),
    ]);
    expect(stages).toEqual([
      { id: "approved", label: "Approved", note: "Approved means…", text: "up to £5.8m", hasUpTo: true, count: 2, url: "/money/#status-approved" },
      { id: "recommended", label: "Recommended", note: "Recommended means…", text: "£1.64m", hasUpTo: false, count: 1, url: "/money/#status-recommended" },
    ]);
  });
});

describe("the home page's status block, from the page model", () => {
  it("reads the latest event, money going out by stage, promises and the next deadline from the record", async () => {
    const standing = standingOf(await housingModel(), "2022-09-01");
    expect([standing.latest?.title, standing.entryCount, standing.promiseCount]).toEqual(["Housing Committee hears the plan missed its deadline", 14, 5]);
    expect(standing.money.map((m) => `${m.label}: ${m.text} (${m.count}) ${m.url}`)).toEqual(["Approved: up to £4.45m (3) /money/#status-approved", "Proposed: £300,000 (1) /money/#status-proposed"]);
    expect(standing.promises.map((p) => `${p.label} ${p.count}`)).toEqual(["Not yet rated 1", "In progress 1", "Kept 1", "Broken 1", "Withdrawn 1"]);
    expect([standing.deadline?.dueText, standing.deadline?.passed, standing.deadline?.url]).toEqual(["30 September 2022", false, "/promises/#clear-urgent-repairs"]);
    expect(standing.stillUnknown).toEqual([]);
  });

  it("gives money coming in a line of its own, never added to money going out", async () => {
    const standing = standingOf(await housingModel(), "2026-12-01");
    expect(standing.moneyIn).toEqual({
      heading: "Money coming in",
      stages: [{ id: "received", label: "Received", note: "Paid to the council.", text: "£400,000", hasUpTo: false, count: 1, url: "/money/#status-received" }],
    });
    expect(standing.deadline?.passed).toBe(true);
  });

  it("leaves a withdrawn sum out of the money it shows, since it counts for nothing", async () => {
    const staged = buildModel(await recordAt(path.join(fixturesDir, "staged-money")));
    expect(staged.money.byStatus.map((t) => t.label)).toEqual(["Approved", "Withdrawn"]);
    expect(standingOf(staged, "2026-12-01").money.map((m) => `${m.label}: ${m.text}`)).toEqual(["Approved: £3m"]);
  });

  it("judges deadlines against today's date when none is given", async () => {
    // Every deadline in the housing record is long past.
    expect(standingOf(await housingModel()).deadline).toMatchObject({ passed: true, dueText: "30 September 2022" });
  });

  it("counts a deadline falling today as still to come, whatever the time of day", async () => {
    const model = await housingModel();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2022-09-30T23:30:00Z"));
      expect(standingOf(model).deadline).toMatchObject({ passed: false, due: "2022-09-30", dueText: "30 September 2022" });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the search page's settings", () => {
  it("offers the record's phases and kinds in use, in timeline order, as the ways to narrow results", async () => {
    const settings = searchSettings(await housingModel());
    expect(settings.groups.map((g) => g.plural)).toEqual(["entries", "people and bodies", "other pages"]);
    expect(settings.filters).toEqual([
      { name: "phase", label: "Phase", all: "Every phase", values: ["The warnings", "The Ombudsman's finding", "Money and a plan", "Oversight"] },
      { name: "kind", label: "Kind of event", all: "Every kind", values: ["Inspection", "Ombudsman decision", "Report", "Committee decision", "Scrutiny", "Plan", "Deadline", "Appointment", "Resignation", "Government review"] },
    ]);
  });
});
