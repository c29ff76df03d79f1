import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOnce } from "../../src/cli/check-command.ts";
import { codeVersion, defaultCacheFile, memoryCheckCache, openCheckCache, worthRewriting, type CheckCache } from "../../src/loaders/check-cache.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "ar-check-cache-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** A record with a problem of every kind a kept result must still place: in one file, and across files. */
async function recordWithProblems(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const fixture = await minimalRecordWith({
    // An unknown person: found across files, placed in the entry's front matter.
    "content/2014/2014-11-10-cabinet-decides.md": "bad/dangling-reference.md",
    // A figure the funding data does not give: found in the body.
    "content/2014/2014-11-12-second-statement.md": "bad/wrong-amount.md",
    // A field missing: found in the one file.
    "content/2014/2014-11-13-third-statement.md": "bad/missing-field.md",
  });
  const funding = path.join(fixture.root, "data/funding.json");
  // A body no one knows of: found across files, placed in a data file.
  await writeFile(funding, (await readFile(funding, "utf8")).replace(/"decidedBy": "[^"]*"/, '"decidedBy": "nobody-known"'));
  return fixture;
}

/** Another copy of a record, so nothing kept in memory for the first one answers for it. */
async function copyOf(root: string): Promise<string> {
  const copy = await mkdtemp(path.join(work, "copy-"));
  await cp(root, copy, { recursive: true });
  return copy;
}

/** A store that counts the results it gives back. */
function counting(cache: CheckCache): CheckCache & { hits: Record<string, number> } {
  const hits: Record<string, number> = {};
  return {
    hits,
    get<T>(kind: string, parts: readonly string[]) {
      const value = cache.get<T>(kind, parts);
      if (value !== undefined) hits[kind] = (hits[kind] ?? 0) + 1;
      return value;
    },
    set: (kind, parts, value) => cache.set(kind, parts, value),
    getKeyed<T>(key: string) {
      const value = cache.getKeyed<T>(key);
      const kind = key.slice(0, key.indexOf(":"));
      if (value !== undefined) hits[kind] = (hits[kind] ?? 0) + 1;
      return value;
    },
    setKeyed: (key, value) => cache.setKeyed(key, value),
    save: () => cache.save(),
  };
}

const problemsOf = async (root: string, cache?: CheckCache) => {
  const result = await loadRecord(root, { today: "2026-01-01", ...(cache && { cache }) });
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe("the check cache: what each file gave, kept between checks", () => {
  it("finds exactly the problems, at exactly the lines, that a check without it finds", async () => {
    const fixture = await recordWithProblems();
    try {
      const uncached = await problemsOf(fixture.root);
      expect(uncached.length).toBeGreaterThanOrEqual(4);
      expect(uncached.some((p) => p.startsWith("data/funding.json:"))).toBe(true);
      expect(uncached.some((p) => p.includes("m-tett"))).toBe(true);

      const store = path.join(work, "problems.bin");
      const first = openCheckCache(store, "v1");
      expect(await problemsOf(await copyOf(fixture.root), first)).toEqual(uncached);
      first.save();

      const second = counting(openCheckCache(store, "v1"));
      expect(await problemsOf(await copyOf(fixture.root), second)).toEqual(uncached);
      // Every entry, source and data file came from the store, none read again, and the two entries
      // in the record had their citations settled (the one missing a field is not in the record),
      // so no body was read: nothing else that reads one runs on a record with these problems.
      expect(second.hits).toEqual({ entry: 3, source: 1, data: 7, "cited-words-found": 2 });
    } finally {
      await fixture.cleanup();
    }
  });

  it("gives the same valid record from the store as without it", async () => {
    const fixture = await minimalRecordWith();
    try {
      const uncached = await loadRecord(fixture.root, { today: "2026-01-01" });
      const store = path.join(work, "valid.bin");
      const first = openCheckCache(store, "v1");
      await loadRecord(await copyOf(fixture.root), { today: "2026-01-01", cache: first });
      first.save();
      const kept = await loadRecord(await copyOf(fixture.root), { today: "2026-01-01", cache: openCheckCache(store, "v1") });
      expect(kept.ok).toBe(true);
      // The copies' records differ only in nothing: every path in a record is relative to its folder.
      expect(kept).toEqual(uncached);
    } finally {
      await fixture.cleanup();
    }
  });

  it("reads a file again once it changes, and only that file", async () => {
    const fixture = await recordWithProblems();
    try {
      const store = path.join(work, "edited.bin");
      const first = openCheckCache(store, "v1");
      await problemsOf(fixture.root, first);
      first.save();
      const edited = await copyOf(fixture.root);
      await cp(path.join(fixturesDir, "minimal/content/2014/2014-11-10-cabinet-decides.md"), path.join(edited, "content/2014/2014-11-10-cabinet-decides.md"));
      const second = counting(openCheckCache(store, "v1"));
      const problems = await problemsOf(edited, second);
      expect(problems.some((p) => p.includes("m-tett"))).toBe(false);
      expect(problems).toEqual(await problemsOf(await copyOf(edited)));
      expect(second.hits.entry).toBe(2);
    } finally {
      await fixture.cleanup();
    }
  });
});

describe("the check cache's store", () => {
  it("keeps what a run set for the rest of the run and the next run of the same code", () => {
    const file = path.join(work, "store.bin");
    const cache = openCheckCache(file, "v1");
    expect(cache.get("entry", ["a.md", "text"])).toBeUndefined();
    cache.set("entry", ["a.md", "text"], { n: 1, list: ["x"] });
    expect(cache.get("entry", ["a.md", "text"])).toEqual({ n: 1, list: ["x"] });
    cache.save();
    expect(openCheckCache(file, "v1").get("entry", ["a.md", "text"])).toEqual({ n: 1, list: ["x"] });
    expect(openCheckCache(file, "v1").get("entry", ["a.md", "other text"])).toBeUndefined();
    expect(openCheckCache(file, "v1").get("source", ["a.md", "text"])).toBeUndefined();
  });

  it("starts afresh for other code", () => {
    const file = path.join(work, "version.bin");
    const cache = openCheckCache(file, "v1");
    cache.set("entry", ["a.md"], 1);
    cache.save();
    expect(openCheckCache(file, "v2").get("entry", ["a.md"])).toBeUndefined();
  });

  it("never takes one list of parts for another that joins to the same text", () => {
    const file = path.join(work, "parts.bin");
    const cache = openCheckCache(file, "v1");
    cache.set("entry", ["ab", "c"], 1);
    cache.save();
    expect(openCheckCache(file, "v1").get("entry", ["a", "bc"])).toBeUndefined();
    expect(openCheckCache(file, "v1").get("entry", ["abc"])).toBeUndefined();
  });

  it("drops what a run no longer used, and rewrites nothing when nothing changed", async () => {
    const file = path.join(work, "prune.bin");
    const first = openCheckCache(file, "v1");
    first.set("entry", ["kept"], 1);
    first.set("entry", ["gone"], 2);
    first.save();
    const second = openCheckCache(file, "v1");
    expect(second.get("entry", ["kept"])).toBe(1);
    second.save();
    const third = openCheckCache(file, "v1");
    expect(third.get("entry", ["gone"])).toBeUndefined();
    expect(third.get("entry", ["kept"])).toBe(1);
    const before = await stat(file);
    third.save();
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it("takes a store cut short or written by something else as empty, and a place it cannot write as no store", async () => {
    const file = path.join(work, "garbage.bin");
    await writeFile(file, "not a store at all");
    expect(openCheckCache(file, "v1").get("entry", ["a"])).toBeUndefined();
    const blocked = openCheckCache(path.join(file, "inside-a-file.bin"), "v1");
    blocked.set("entry", ["a"], 1);
    expect(() => blocked.save()).not.toThrow();
  });
});

describe("the check cache's store, when it cannot be written or changes in kind only", () => {
  it("leaves nothing half-written behind when the store cannot take the place of the old one", async () => {
    const place = path.join(work, "a-folder-in-the-way.bin");
    await mkdir(path.join(place, "inside"), { recursive: true });
    const cache = openCheckCache(place, "v1");
    cache.set("entry", ["a"], 1);
    expect(() => cache.save()).not.toThrow();
    const left = (await readdir(work)).filter((f) => f.startsWith("a-folder-in-the-way.bin."));
    expect(left).toEqual([]);
  });

  it("writes a run that used as many items as before but not the same ones", () => {
    const file = path.join(work, "swap.bin");
    const first = openCheckCache(file, "v1");
    first.set("entry", ["old"], 1);
    first.save();
    const second = openCheckCache(file, "v1");
    second.set("entry", ["new"], 2);
    second.save();
    const third = openCheckCache(file, "v1");
    expect([third.get("entry", ["new"]), third.get("entry", ["old"])]).toEqual([2, undefined]);
  });
});

describe("the check cache kept in memory (npm start, between saves)", () => {
  it("gives back what was set, in the same check and the next, and drops what a check did not use", () => {
    const cache = memoryCheckCache();
    cache.set("body", ["one"], 1);
    cache.set("body", ["two"], 2);
    expect(cache.get("body", ["one"])).toBe(1);
    cache.save();
    expect(cache.get("body", ["two"])).toBe(2);
    cache.save();
    expect(cache.get("body", ["two"])).toBe(2);
    expect(cache.get("body", ["one"])).toBeUndefined();
  });

  it("keeps everything through a check that asked for nothing", () => {
    const cache = memoryCheckCache();
    cache.set("body", ["one"], 1);
    cache.save();
    cache.save();
    expect(cache.get("body", ["one"])).toBe(1);
  });
});

describe("the check cache's version and place", () => {
  /** A project folder holding this module and one other source file, as codeVersion reads one. */
  const codeFolder = async (name: string, other: string) => {
    const project = await mkdtemp(path.join(work, name));
    await mkdir(path.join(project, "src/loaders"), { recursive: true });
    await writeFile(path.join(project, "src/loaders/check-cache.ts"), "// the module");
    await writeFile(path.join(project, "src", other), "export const a = 1;");
    return { project, moduleUrl: pathToFileURL(path.join(project, "src/loaders/check-cache.ts")).href };
  };

  it("changes with any source file of the code, and with the bundle the check runs", async () => {
    const { project, moduleUrl } = await codeFolder("project-", "other.ts");
    const before = codeVersion(moduleUrl);
    expect(codeVersion(moduleUrl)).toBe(before);
    await writeFile(path.join(project, "src/other.ts"), "export const a = 2;");
    const edited = codeVersion(moduleUrl);
    expect(edited).not.toBe(before);
    await writeFile(path.join(project, "package-lock.json"), "{}");
    expect(codeVersion(moduleUrl)).not.toBe(edited);

    const bundle = path.join(project, "check.mjs");
    await writeFile(bundle, "console.log(1)");
    const bundled = codeVersion(pathToFileURL(bundle).href);
    // The same bundle, the same version: else the store would never be read again.
    expect(codeVersion(pathToFileURL(bundle).href)).toBe(bundled);
    await writeFile(bundle, "console.log(2)");
    expect(codeVersion(pathToFileURL(bundle).href)).not.toBe(bundled);
  });

  it("changes its version when a source file is renamed, and not for a file that is not code", async () => {
    const { project, moduleUrl } = await codeFolder("renamed-", "a.ts");
    const before = codeVersion(moduleUrl);
    await writeFile(path.join(project, "src/notes.md"), "words");
    expect(codeVersion(moduleUrl)).toBe(before);
    await rename(path.join(project, "src/a.ts"), path.join(project, "src/b.ts"));
    expect(codeVersion(moduleUrl)).not.toBe(before);
  });

  it("keeps one store per record, in node_modules/.cache, beside the bundle when there is one", () => {
    const a = defaultCacheFile("/records/a");
    expect(a).toMatch(/node_modules\/\.cache\/accountability-report\/check-[0-9a-f]{16}\.bin$/);
    expect(defaultCacheFile("/records/b")).not.toBe(a);
    expect(defaultCacheFile("/records/a/")).toBe(a);
    expect(defaultCacheFile("/records/a", "file:///p/node_modules/.cache/accountability-report/check.mjs")).toBe(`/p/node_modules/.cache/accountability-report/${path.basename(a)}`);
  });
});

describe("npm run check with the cache", () => {
  it("says the same the second time, from the store it wrote the first", async () => {
    const fixture = await recordWithProblems();
    try {
      const cacheFile = path.join(work, "command.bin");
      const run = async () => {
        let err = "";
        const code = await checkOnce({ root: await copyOf(fixture.root), out: () => {}, err: (t) => (err += t), cacheFile });
        return { code, err };
      };
      const first = await run();
      expect(first.code).toBe(1);
      expect((await stat(cacheFile)).size).toBeGreaterThan(0);
      expect(await run()).toEqual(first);
    } finally {
      await fixture.cleanup();
    }
  });
});

describe("when the check cache's store is written again", () => {
  it("is after a change to more than 1 in 100 of the items used, or once more than 1 in 10 stored went unused", () => {
    // A first check, with no store: everything is new.
    expect(worthRewriting({ stored: 0, reused: 0, added: 5 })).toBe(true);
    // Nothing changed.
    expect(worthRewriting({ stored: 1000, reused: 1000, added: 0 })).toBe(false);
    // One save among 10,000 entries' items: not worth writing 44 MB for.
    expect(worthRewriting({ stored: 30_000, reused: 29_998, added: 2 })).toBe(false);
    // The edge of each rule, on both sides.
    expect(worthRewriting({ stored: 990, reused: 990, added: 10 })).toBe(false);
    expect(worthRewriting({ stored: 990, reused: 990, added: 11 })).toBe(true);
    expect(worthRewriting({ stored: 1000, reused: 900, added: 0 })).toBe(false);
    expect(worthRewriting({ stored: 1000, reused: 899, added: 0 })).toBe(true);
  });

  it("keeps the store as it was after a small change, and the next check still reads the changed item afresh", async () => {
    const file = path.join(work, "small-change.bin");
    const first = openCheckCache(file, "v1");
    for (let n = 0; n < 200; n++) first.set("entry", [`${n}.md`, "text"], n);
    first.save();
    const before = await stat(file);
    const second = openCheckCache(file, "v1");
    for (let n = 1; n < 200; n++) expect(second.get("entry", [`${n}.md`, "text"])).toBe(n);
    expect(second.get("entry", ["0.md", "edited"])).toBeUndefined();
    second.set("entry", ["0.md", "edited"], -1);
    second.save();
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    const third = openCheckCache(file, "v1");
    expect(third.get("entry", ["0.md", "edited"])).toBeUndefined();
    expect(third.get("entry", ["5.md", "text"])).toBe(5);
  });

  it("counts an item set again in the same check once (the model sets what the check set)", async () => {
    const file = path.join(work, "set-twice.bin");
    const first = openCheckCache(file, "v1");
    for (let n = 0; n < 1000; n++) first.set("body", [String(n)], n);
    first.save();
    const before = await stat(file);
    const second = openCheckCache(file, "v1");
    for (let n = 0; n < 1000; n++) second.get("body", [String(n)]);
    // One new item, set 20 times: 1 in 1001, not 20.
    for (let n = 0; n < 20; n++) second.set("body", ["new"], n);
    second.save();
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });
});
