import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { buildModel, FEED_ITEMS } from "../../src/views/build-views.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

/** An entry of the minimal record dated day `n` of 2014 (1 January plus n − 1 days). */
const entry = (n: number) => {
  const date = new Date(Date.UTC(2014, 0, n)).toISOString().slice(0, 10);
  return {
    file: `content/2014/${date}-decision-${n}.md`,
    text: `---\ntitle: Decision ${n}\ndate: ${date}\ndatePrecision: day\nkind: cabinet-decision\nphase: response\nsummary: Cabinet took decision ${n}.\nsources:\n  - council-statement\n---\nCabinet met. ([statement](source:council-statement "Cabinet released £4.8m"))\n`,
  };
};

describe("the Atom feed of a record with more entries than a feed carries", () => {
  const ENTRIES = FEED_ITEMS + 15;
  let cleanup: () => Promise<void>;
  let feed: { title: string; updated: Date }[];
  beforeAll(async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    for (let n = 1; n <= ENTRIES; n++) {
      const { file, text } = entry(n);
      await writeFile(path.join(fixture.root, file), text);
    }
    const loaded = await loadRecord(fixture.root, { today: "2026-12-01" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    feed = buildModel(loaded.record).feed;
  });
  afterAll(() => cleanup?.());

  it(`carries only the ${FEED_ITEMS} newest items, newest first`, () => {
    expect(feed).toHaveLength(FEED_ITEMS);
    const times = feed.map((item) => item.updated.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The minimal record's own entry (November 2014) is the newest; the first days of 2014 are left to the timeline.
    expect(feed[0]!.title).toBe("Cabinet decides");
    expect(feed.map((item) => item.title)).toContain(`Decision ${ENTRIES}`);
    expect(feed.map((item) => item.title)).not.toContain("Decision 1");
  });
});
