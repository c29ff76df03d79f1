import fs from "node:fs";
import { readFile, rm, symlink, writeFile } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryCheckCache, type CheckCache } from "../../src/loaders/check-cache.ts";
import { loadEntry } from "../../src/loaders/load-entry.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { surveyContent } from "../../src/loaders/survey-content.ts";
import { rememberFingerprint, fingerprintAt, SETTLED_AFTER_MS } from "../../src/loaders/known-stamps.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

/**
 * The files opened while `run` runs, under `root`, by their path in the record. Counted at
 * node:fs itself (its ES module exports synced with the patched function), so the count does not
 * depend on which copy of the loaders a test runner has loaded.
 */
async function opened<T>(root: string, run: () => Promise<T>): Promise<{ value: T; files: string[] }> {
  const real = fs.openSync;
  const files: string[] = [];
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    const relative = path.relative(root, String(file));
    if (!relative.startsWith("..")) files.push(relative.split(path.sep).join("/"));
    return (real as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
  syncBuiltinESMExports();
  try {
    return { value: await run(), files };
  } finally {
    fs.openSync = real;
    syncBuiltinESMExports();
  }
}

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const SOURCE = "data/sources/council-statement.md";

let checks = 0;
const aliases: string[] = [];
/** A link of its own to the record's folder (removed after each test). */
const aliasOf = async (root: string) => {
  const alias = `${root}-check-${++checks}`;
  await symlink(root, alias);
  aliases.push(alias);
  return alias;
};

/**
 * One `npm run check` with the store `cache` (kept from the checks before it), nothing remembered
 * in memory from the check before, as in a new process: each check reads the record through a
 * link of its own to the folder, and what the loaders keep in memory is kept by folder.
 */
async function check(root: string, cache: CheckCache) {
  const alias = await aliasOf(root);
  const { value: result, files } = await opened(alias, () => loadRecord(alias, { today: "2026-01-01", cache }));
  cache.save();
  return {
    titles: result.ok ? result.record.entries.map((e) => e.title) : [],
    sourceTexts: result.ok ? result.record.sources.map((s) => s.text) : [],
    problems: result.ok ? [] : result.problems.map(formatProblem),
    /** The entries and sources read (data files are always read). */
    read: files.filter((file) => file.startsWith("content/") || file.startsWith("data/sources/")).sort(),
  };
}

/** The clock some seconds on from now, as at a check run a while after the files were written. */
const later = (seconds: number) => vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + seconds * 1000 });

describe("a check after a save reads only the files changed since a check read them", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(aliases.splice(0).map((alias) => rm(alias, { force: true })));
    await cleanup?.();
  });

  it("takes an entry or source unchanged for a while from the store, and reads the one saved since", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    const cache = memoryCheckCache();
    later(10);
    const first = await check(record.root, cache);
    expect(first.read).toEqual([ENTRY, SOURCE]);
    const again = await check(record.root, cache);
    expect(again).toEqual({ ...first, read: [] });

    const text = await readFile(path.join(record.root, ENTRY), "utf8");
    await writeFile(path.join(record.root, ENTRY), text.replace("title: Cabinet decides", "title: Cabinet decided"));
    const saved = await check(record.root, cache);
    expect(saved.read).toEqual([ENTRY]);
    expect(saved.titles).toEqual(["Cabinet decided"]);
  });

  it("reads again a file changed moments before it was read, whose stamp a second write in the same tick would keep", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    const cache = memoryCheckCache();
    await check(record.root, cache);
    expect((await check(record.root, cache)).read).toEqual([ENTRY, SOURCE]);
    later(SETTLED_AFTER_MS / 1000 + 1);
    await check(record.root, cache);
    expect((await check(record.root, cache)).read).toEqual([]);
  });

  /** The minimal record with one file's text changed, to be cleaned up after the test. */
  const recordWithEdit = async (file: string, from: string, to: string) => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    const text = await readFile(path.join(record.root, file), "utf8");
    await writeFile(path.join(record.root, file), text.replace(from, to));
    return record;
  };

  it.each([
    ["an entry", ENTRY, "  - martin-tett", "  - nobody-known", /^content\/2014\/2014-11-10-cabinet-decides\.md:11:5 {2}people\[0\]: .*nobody-known/],
    ["a source", SOURCE, "kind: council-statement", "kind: no-such-kind", /^data\/sources\/council-statement\.md:3:7 {2}kind: .*no-such-kind/],
  ])("places a problem found across files in %s it took from the store where it is, as when it read it", async (_what, file, from, to, expected) => {
    const record = await recordWithEdit(file, from, to);
    const cache = memoryCheckCache();
    later(10);
    const first = await check(record.root, cache);
    expect(first.problems).toEqual([expect.stringMatching(expected)]);
    const again = await check(record.root, cache);
    // Read once more, only to place the problem (a check with nothing to report reads nothing).
    expect(again.read).toEqual([file]);
    expect(again.problems).toEqual(first.problems);
  });

  it("places such a problem at the start of an unread entry that can no longer be read", async () => {
    const record = await recordWithEdit(ENTRY, "  - martin-tett", "  - nobody-known");
    const cache = memoryCheckCache();
    later(10);
    await check(record.root, cache);
    const alias = await aliasOf(record.root);
    const stamp = surveyContent(alias).stamps.get(ENTRY);
    await rm(path.join(record.root, ENTRY));
    const result = await loadEntry(alias, ENTRY, cache, stamp);
    expect(result.entry?.title).toBe("Cabinet decides");
    expect(result.locate?.(["people", 0])).toEqual({ line: 1, column: 1 });
  });
});

describe("the stamps a store remembers", () => {
  const stamp = (changedAt: number) => `12:340:${changedAt}:${changedAt}`;

  it("names the fingerprint of the text read at that stamp of that file, and nothing for another", () => {
    const cache = memoryCheckCache();
    rememberFingerprint(cache, "content/a.md", stamp(1_000), "entry:abc", 1_000 + SETTLED_AFTER_MS);
    expect(fingerprintAt(cache, "content/a.md", stamp(1_000))).toBe("entry:abc");
    expect(fingerprintAt(cache, "content/b.md", stamp(1_000))).toBeUndefined();
    expect(fingerprintAt(cache, "content/a.md", stamp(1_001))).toBeUndefined();
  });

  it("remembers nothing of a file changed less than SETTLED_AFTER_MS before, or in the future of the clock", () => {
    const cache = memoryCheckCache();
    rememberFingerprint(cache, "content/a.md", stamp(1_000), "entry:abc", 1_000 + SETTLED_AFTER_MS - 1);
    rememberFingerprint(cache, "content/b.md", stamp(9_000), "entry:abc", 1_000);
    expect(fingerprintAt(cache, "content/a.md", stamp(1_000))).toBeUndefined();
    expect(fingerprintAt(cache, "content/b.md", stamp(9_000))).toBeUndefined();
  });
});
