import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildRecordModel } from "../../src/record/build-model.ts";
import { traceSums } from "../../src/record/trace-sums.ts";
import type { Sum } from "../../src/schemas/funding.ts";
import type { MoneyStage, Term } from "../../src/schemas/vocabularies.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

const stages = [
  { id: "proposed", label: "Proposed", counts: "none" },
  { id: "approved", label: "Approved", counts: "agreed" },
] as MoneyStage[];
const funds = [{ id: "reserves", label: "Reserves" }] as Term[];
const sum = (id: string, ...at: [stage: string, entry: string][]): Sum =>
  ({ id, label: id, amountPence: 100, upTo: false, direction: "out", fund: "reserves", financialYear: "2014/15", stages: at.map(([stage, entry]) => ({ stage, entry, decidedBy: "cabinet", sources: ["s"] })) }) as Sum;
// Timeline order is not the order of dates here: the position map is what counts.
const entries = new Map([["early", { date: "2014-12-01" }], ["middle", { date: "2014-06-01" }], ["late", { date: "2015-03-01" }]]);
const position = new Map([["early", 0], ["middle", 1], ["late", 2]]);

describe("each sum's history", () => {
  it("puts a sum's stages in timeline order, however the data lists them, each dated by its entry, the last being the latest", () => {
    const [traced] = traceSums([sum("a", ["approved", "late"], ["proposed", "middle"])], stages, funds, entries, position);
    expect(traced!.stages.map((s) => `${s.stage} ${s.entry} ${s.date} ${s.position}`)).toEqual(["proposed middle 2014-06-01 1", "approved late 2015-03-01 2"]);
    expect(traced!.latest.stage).toBe("approved");
    expect(traced!.counts).toBe("agreed");
  });

  it("lists sums in the timeline order of their first stage, however the data lists them", () => {
    const traced = traceSums([sum("second", ["approved", "late"]), sum("first", ["proposed", "middle"], ["approved", "late"]), sum("zeroth", ["proposed", "early"])], stages, funds, entries, position);
    expect(traced.map((s) => s.id)).toEqual(["zeroth", "first", "second"]);
  });
});

describe("the record model's timeline", () => {
  it("orders entries by the site's phases before their dates, and dates each stage of a sum by its entry", async () => {
    const record = structuredClone(await recordAt(path.join(fixturesDir, "minimal")));
    const [entry] = record.entries;
    record.site.phases.push({ ...record.site.phases[0]!, id: "aftermath" });
    const phases = record.site.phases.map((p) => p.id);
    // A later phase, dated before the entry of the earlier phase.
    record.entries.push({ ...entry!, id: "later-phase", file: "content/2014/2014-01-01-later-phase.md", url: "/timeline/later-phase/", date: "2014-01-01", phase: phases[1]! });
    record.entries[0] = { ...entry!, phase: phases[0]! };
    const model = buildRecordModel(record);
    expect(model.entries.map((e) => e.id)).toEqual([entry!.id, "later-phase"]);
    expect(model.sums[0]!.stages.map((s) => s.date)).toEqual(model.sums[0]!.stages.map((s) => record.entries.find((e) => e.id === s.entry)!.date));
    expect(model.sums[0]!.stages[0]!.date).toBe(entry!.date);
  });
});
