import { describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir } from "../support/fixture-record.ts";

const FILE = "content/2014/2014-11-10-cabinet-decides.md";

async function minimalRecord() {
  const result = await loadRecord(`${fixturesDir}minimal`, { today: "2026-11-27" });
  if (!result.ok) throw new Error(formatProblems(result.problems));
  // The loader hands back the same record while no file changes; a test that edits it works on a copy.
  return structuredClone(result.record);
}

describe("an entry's last updated date in the model", () => {
  it("is the latest written update, whatever order the updates are written in", async () => {
    const record = await minimalRecord();
    record.entries[0]!.updates = [
      { date: "2015-02-01", text: "Later fact." },
      { date: "2015-01-05", text: "Corrected the amount." },
    ];
    const [entry] = buildModel(record, { lastCommitDates: new Map([[FILE, "2026-01-01"]]) }).entries;
    expect(entry!.updateList.map((u) => u.date)).toEqual(["2015-01-05", "2015-02-01"]);
    expect([entry!.lastUpdated, entry!.lastUpdatedFrom]).toEqual(["2015-02-01", "update"]);
  });

  it("comes from the file's last commit when no update is written", async () => {
    const [entry] = buildModel(await minimalRecord(), { lastCommitDates: new Map([[FILE, "2026-01-01"]]) }).entries;
    expect([entry!.lastUpdated, entry!.lastUpdatedFrom]).toEqual(["2026-01-01", "git"]);
  });

  it("is absent when there is neither an update nor any history", async () => {
    const [entry] = buildModel(await minimalRecord()).entries;
    expect([entry!.lastUpdated, entry!.lastUpdatedFrom]).toEqual([undefined, undefined]);
  });
});
