import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { buildModel, FEED_ITEMS, type ReportModel } from "../../src/views/build-views.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const ENTRIES = FEED_ITEMS + 15;

/** An entry of the minimal record dated day `n` of 2014 (1 January plus n − 1 days), corrected a year later. */
const entry = (n: number) => {
  const date = new Date(Date.UTC(2014, 0, n)).toISOString().slice(0, 10);
  const corrected = new Date(Date.UTC(2015, 0, n)).toISOString().slice(0, 10);
  return {
    file: `content/2014/${date}-decision-${n}.md`,
    text: `---\ntitle: Decision ${n}\ndate: ${date}\ndatePrecision: day\nkind: cabinet-decision\nphase: response\nsummary: Cabinet took decision ${n}.\nsources:\n  - council-statement\nupdates:\n  - date: ${corrected}\n    text: Correction ${n}.\n---\nCabinet met. ([statement](source:council-statement "Cabinet released £4.8m"))\n`,
  };
};

// Built inside the tests (not in beforeAll), so mutation testing counts the model's code as theirs.
let cleanup: (() => Promise<void>) | undefined;
let built: Promise<ReportModel> | undefined;
const model = (): Promise<ReportModel> =>
  (built ??= (async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    for (let n = 1; n <= ENTRIES; n++) {
      const { file, text } = entry(n);
      await writeFile(path.join(fixture.root, file), text);
    }
    const loaded = await loadRecord(fixture.root, { today: "2026-12-01" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    return buildModel(loaded.record);
  })());
afterAll(() => cleanup?.());

describe("the feeds of a record with more entries and changes than a feed carries", () => {
  it(`the Atom feed carries only the ${FEED_ITEMS} newest items, newest first`, async () => {
    const { feed } = await model();
    expect(feed).toHaveLength(FEED_ITEMS);
    const times = feed.map((item) => item.updated.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // An entry corrected in 2015 is listed at its correction's date, beside the correction itself.
    expect(feed.slice(0, 2).map((item) => item.title)).toEqual([`Decision ${ENTRIES}`, `Update to “Decision ${ENTRIES}”`]);
    expect(feed.map((item) => item.title)).not.toContain("Decision 1");
    expect(feed.map((item) => item.title)).not.toContain("Update to “Decision 1”");
  });

  it(`the changes feed carries the ${FEED_ITEMS} newest changes, and the changes page every one`, async () => {
    const { changeFeed, changes } = await model();
    expect(changes).toHaveLength(ENTRIES);
    expect(changeFeed.map((c) => c.text)).toEqual(Array.from({ length: FEED_ITEMS }, (_, i) => `Correction ${ENTRIES - i}.`));
  });
});
