import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

describe("loadRecord on a record that is loaded again", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it("gives the same result while no file changes, as a build does when it checks then renders", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const first = await loadRecord(fixture.root, { today: "2026-01-01" });
    expect(first.ok).toBe(true);
    expect(await loadRecord(fixture.root, { today: "2026-01-01" })).toBe(first);
    expect(await loadRecord(fixture.root, { today: "2026-01-01", includeDrafts: true })).not.toBe(first);
  });

  it("checks the record again once a data file changes", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const first = await loadRecord(fixture.root, { today: "2026-01-01" });
    expect(first.ok).toBe(true);
    const file = path.join(fixture.root, "data", "funding.json");
    const funding = JSON.parse(await readFile(file, "utf8")) as { sums: { stages: { decidedBy: string }[] }[] };
    funding.sums[0]!.stages[0]!.decidedBy = "nobody-known";
    await writeFile(file, JSON.stringify(funding, null, 2));
    const second = await loadRecord(fixture.root, { today: "2026-01-01" });
    expect(second.ok ? [] : second.problems.map((p) => `${p.file} ${p.field}`)).toEqual(["data/funding.json sums[0].stages[0].decidedBy"]);
  });
});
