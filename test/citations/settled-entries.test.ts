import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settledEntries } from "../../src/citations/settled-entries.ts";
import { memoryCheckCache, type CheckCache } from "../../src/loaders/check-cache.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Entry } from "../../src/schemas/entry.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const SOURCE = "data/sources/council-statement.md";

const problemsOf = async (root: string, cache?: CheckCache) => {
  const result = await loadRecord(root, { today: "2026-01-01", ...(cache && { cache }) });
  cache?.save();
  return result.ok ? [] : result.problems.map(formatProblem);
};

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const at = path.join(root, file);
  await writeFile(at, change(await readFile(at, "utf8")));
}

/** A record checked once with a store, so its entry is settled, then changed by `change`: the problems with the store and without. */
async function afterSettling(change: (root: string) => Promise<void>): Promise<{ kept: string[]; fresh: string[] }> {
  const fixture = await minimalRecordWith();
  try {
    const cache = memoryCheckCache();
    expect(await problemsOf(fixture.root, cache)).toEqual([]);
    expect(await problemsOf(fixture.root, cache)).toEqual([]);
    await change(fixture.root);
    return { kept: await problemsOf(fixture.root, cache), fresh: await problemsOf(fixture.root) };
  } finally {
    await fixture.cleanup();
  }
}

describe("citations and quoted words settled by an earlier check", () => {
  it("are looked for again when the copy held of a source they cite changes", async () => {
    const { kept, fresh } = await afterSettling((root) => edit(root, SOURCE, (t) => t.replace("Cabinet released £4.8m from reserves", "Cabinet spent reserves")));
    expect(fresh.some((p) => p.includes('the passage "Cabinet released £4.8m" is not in the copy held of "council-statement"'))).toBe(true);
    expect(kept).toEqual(fresh);
  });

  it("are looked for again when the entry itself changes", async () => {
    const { kept, fresh } = await afterSettling((root) => edit(root, ENTRY, (t) => t.replace('"Cabinet released £4.8m"', '"Cabinet withheld £4.8m"')));
    expect(fresh.some((p) => p.startsWith(`${ENTRY}:17:`) && p.includes('"Cabinet withheld £4.8m" is not in the copy held'))).toBe(true);
    expect(kept).toEqual(fresh);
  });

  it("are looked for again when a source the entry names is gone, and again when it is back", async () => {
    const fixture = await minimalRecordWith();
    try {
      const cache = memoryCheckCache();
      const copy = await readFile(path.join(fixture.root, SOURCE), "utf8");
      // The entry quotes a source the record does not hold yet (and does not list it): settled as missing.
      await edit(fixture.root, ENTRY, (t) => t.replace("funding:", 'quotes:\n  - text: "a good but living document"\n    source: later-statement\n    by: martin-tett\nfunding:'));
      const unknown = (await problemsOf(fixture.root, cache)).filter((p) => p.includes("later-statement"));
      expect(unknown.length).toBeGreaterThan(0);
      // It arrives without the words quoted, the entry unchanged: the quotation is looked for in it.
      await writeFile(path.join(fixture.root, "data/sources/later-statement.md"), copy.replace("“a good but living document”", "a plan"));
      const arrived = await problemsOf(fixture.root, cache);
      expect(arrived.some((p) => p.includes('the quotation "a good but living document" is not in the copy held of "later-statement"'))).toBe(true);
      expect(arrived).toEqual(await problemsOf(fixture.root));
      // The cited source goes: its citation is reported at once, not remembered as found.
      await rm(path.join(fixture.root, SOURCE));
      const gone = await problemsOf(fixture.root, cache);
      expect(gone.some((p) => p.includes('cites unknown source "council-statement"'))).toBe(true);
      expect(gone).toEqual(await problemsOf(fixture.root));
    } finally {
      await fixture.cleanup();
    }
  });

  it("never settles an entry that had something to report: it is reported again on the next check", async () => {
    const fixture = await minimalRecordWith();
    try {
      const cache = memoryCheckCache();
      await edit(fixture.root, ENTRY, (t) => t.replace("title: Cabinet decides", 'title: Cabinet "withholds" money'));
      const first = await problemsOf(fixture.root, cache);
      expect(first.some((p) => p.includes('the words in quotation marks "withholds"'))).toBe(true);
      // A copy of the record, so the check runs again rather than giving its last result.
      const copy = await mkdtemp(path.join(tmpdir(), "ar-settled-"));
      try {
        await cp(fixture.root, copy, { recursive: true });
        expect(await problemsOf(copy, cache)).toEqual(first);
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    } finally {
      await fixture.cleanup();
    }
  });
});

describe("settledEntries", () => {
  const entry = { file: "content/a.md", sources: ["s"], quotes: [] } as unknown as Entry;
  const source = { id: "s", file: "data/sources/s.md" } as never;

  it("settles nothing without a cache, or for an entry or source loaded without a fingerprint", () => {
    expect(settledEntries(undefined, new Map(), [source]).unsettled([entry])).toEqual([entry]);
    const cache = memoryCheckCache();
    for (const fingerprints of [new Map([["data/sources/s.md", "f2"]]), new Map([["content/a.md", "f1"]])]) {
      const settled = settledEntries(cache, fingerprints, [source]);
      settled.settle([entry], []);
      expect(settled.unsettled([entry])).toEqual([entry]);
    }
    const both = settledEntries(cache, new Map([["content/a.md", "f1"], ["data/sources/s.md", "f2"]]), [source]);
    both.settle([entry], []);
    expect(both.unsettled([entry])).toEqual([]);
  });
});
