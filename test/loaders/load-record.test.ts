import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
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

  it("checks the dates again on another day", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    expect((await loadRecord(fixture.root, { today: "2026-01-01" })).ok).toBe(true);
    const earlier = await loadRecord(fixture.root, { today: "2014-11-01" });
    expect(earlier.ok ? [] : earlier.problems.map(formatProblem)).toEqual([
      'content/2014/2014-11-10-cabinet-decides.md:3:7  date: "2014-11-10" is in the future (today is 2014-11-01); check the year',
      'data/sources/council-statement.md:4:7  date: "2014-11-12" is in the future (today is 2014-11-01); check the year',
    ]);
  });

  it("checks ids against the record's own templates when it has them", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    await mkdir(path.join(fixture.root, "_includes"));
    await writeFile(path.join(fixture.root, "_includes/page.njk"), '<p id="martin-tett"></p>');
    const result = await loadRecord(fixture.root, { today: "2026-01-01" });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'data/people.json:3:13  people[0].id: "martin-tett" is also the id of an element the site\'s pages write (id="martin-tett"), so the two would collide on a page; choose another id',
    ]);
    expect((await loadRecord(fixture.root, { today: "2026-01-01", includesDir: path.join(fixture.root, "no-templates") })).ok).toBe(true);
  });

  it("reads only the templates in _includes/, not other .njk files in the record's folder", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    await mkdir(path.join(fixture.root, "_includes"));
    await writeFile(path.join(fixture.root, "_includes/page.njk"), '<p id="main"></p>');
    await mkdir(path.join(fixture.root, "drafts-of-templates"));
    await writeFile(path.join(fixture.root, "drafts-of-templates/old.njk"), '<p id="martin-tett"></p>');
    expect((await loadRecord(fixture.root, { today: "2026-01-01" })).ok).toBe(true);
  });
});

describe("loadRecord's today, when none is given", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await cleanup?.();
  });

  const entryDated = (date: string) =>
    ["---", "title: A later statement", `date: ${date}`, "datePrecision: day", "kind: cabinet-decision", "phase: response", "summary: The council said more.", "sources:", "  - council-statement", "---", "The council said more.", ""].join("\n");

  it("accepts an entry dated the editor's today when UTC, where CI runs, is still yesterday, and refuses the day after", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    // Half past midnight on 1 July in London is 23:30 on 30 June in UTC.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-30T23:30:00Z"));
    await mkdir(path.join(fixture.root, "content", "2026"), { recursive: true });
    await writeFile(path.join(fixture.root, "content", "2026", "2026-07-01-a-later-statement.md"), entryDated("2026-07-01"));
    const today = await loadRecord(fixture.root);
    expect(today.ok ? "accepted" : today.problems.map(formatProblem)).toBe("accepted");

    await writeFile(path.join(fixture.root, "content", "2026", "2026-07-02-a-statement-next-day.md"), entryDated("2026-07-02"));
    const tomorrow = await loadRecord(fixture.root);
    expect(tomorrow.ok ? [] : tomorrow.problems.map(formatProblem)).toEqual([
      'content/2026/2026-07-02-a-statement-next-day.md:3:7  date: "2026-07-02" is in the future (today is 2026-07-01); check the year',
    ]);
  });
});
