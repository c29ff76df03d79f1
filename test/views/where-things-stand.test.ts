import { describe, expect, it } from "vitest";
import { moneyByStage, type StatusTotal } from "../../src/views/money-by-stage.ts";
import { moneyTotalView } from "../../src/views/money-total-view.ts";
import { whereThingsStand, type StandingInput } from "../../src/views/where-things-stand.ts";

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

  it("leaves out what the record does not hold instead of filling it in", () => {
    const standing = whereThingsStand(input({ entries: [], promises: [] }));
    expect(standing).toMatchObject({ latest: undefined, deadline: undefined, promises: [], promiseCount: 0, stillUnknown: [] });
  });

  it("lists what the record says is still unknown, in its own words", () => {
    expect(whereThingsStand(input({ stillUnknown: ["Whether council approved it."] })).stillUnknown).toEqual(["Whether council approved it."]);
  });
});

describe("moneyByStage", () => {
  const total = (status: string, label: string, lines: { amountPence: number; upTo: boolean }[]): StatusTotal =>
    ({
      status,
      label,
      note: `${label} means…`,
      total: moneyTotalView({
        pence: lines.reduce((n, l) => n + l.amountPence, 0),
        fixedPence: lines.filter((l) => !l.upTo).reduce((n, l) => n + l.amountPence, 0),
        upToPence: lines.filter((l) => l.upTo).reduce((n, l) => n + l.amountPence, 0),
        count: lines.length,
      }),
    });

  it("gives each stage's total once, keeping “up to” honest, linked to its explanation on the money page", () => {
    const stages = moneyByStage([
      total("approved", "Approved", [{ amountPence: 480_000_000, upTo: false }, { amountPence: 100_000_000, upTo: true }]),
      total("recommended", "Recommended", [{ amountPence: 164_000_000, upTo: false }]),
      total("proposed", "Proposed", []),
    ]);
    expect(stages).toEqual([
      { id: "approved", label: "Approved", note: "Approved means…", text: "up to £5.8m", hasUpTo: true, count: 2, url: "/money/#status-approved" },
      { id: "recommended", label: "Recommended", note: "Recommended means…", text: "£1.64m", hasUpTo: false, count: 1, url: "/money/#status-recommended" },
    ]);
  });
});
