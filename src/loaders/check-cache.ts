import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * What `npm run check` learnt about each file last time, kept between runs so a check after one
 * save reads and validates only what changed (docs/performance.md). Items are keyed by a hash of
 * exactly what they were computed from (a file's name and text, an entry body; a file's stamp by
 * its name and stamp, known-stamps.ts), and the whole
 * store by a hash of the code that computed them: a change of code or packages starts afresh.
 * The store holds only what this project's own code wrote; nothing from the record is run.
 */
export interface CheckCache {
  /** The value computed from `parts` by `kind` last time, if any; marks it as still in use. */
  get<T>(kind: string, parts: readonly string[]): T | undefined;
  set(kind: string, parts: readonly string[], value: unknown): void;
  /** The same by a key already made with cacheKey, for a caller that keeps the key as a fingerprint. */
  getKeyed<T>(key: string): T | undefined;
  setKeyed(key: string, value: unknown): void;
  /**
   * Writes what this run used, items no longer used dropped, when enough changed to be worth it
   * (worthRewriting); otherwise the store stays as it was.
   */
  save(): void;
}

interface Stored {
  version: string;
  items: Map<string, unknown>;
}

/**
 * The key of what `kind` computes from `parts`: the kind, then a hash of exactly those parts, so
 * it is also a fingerprint of them (the same file's text always gives the same key).
 * @example cacheKey("entry", [file, text]) // "entry:3q2-…"
 */
export const cacheKey = (kind: string, parts: readonly string[]): string => {
  const hash = createHash("sha256").update(kind);
  // Each part's length first, so ["ab", "c"] and ["a", "bc"] never share a key.
  for (const part of parts) hash.update(`\0${part.length}\0`).update(part);
  return `${kind}:${hash.digest("base64url")}`;
};

function readStore(file: string, version: string): Map<string, unknown> {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    if (stored.version === version && stored.items instanceof Map) return stored.items;
  } catch {
    // Missing, unreadable, cut short or from another Node: start afresh.
  }
  return new Map();
}

function removeIfThere(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Its folder cannot be reached either: nothing was written there.
  }
}

/**
 * Whether a check that found `reused` items of a store of `stored`, and computed `added` anew,
 * should write the store again. Writing 10,000 entries' store took 0.4 s of a 3 s check after one
 * save (docs/performance.md), to keep the two or three items that save changed: a store is written
 * again once more than 1 in 100 of the items used were computed anew, or more than 1 in 10 of
 * those it holds went unused, so a run of small edits recomputes a few items each time, and the
 * store never holds much that is no longer used.
 */
export function worthRewriting({ stored, reused, added }: { stored: number; reused: number; added: number }): boolean {
  return added * 100 > reused + added || (stored - reused) * 10 > stored;
}

/** One check's use of what an earlier check kept: what it reads, what it adds, all it used. */
function oneCheck(before: ReadonlyMap<string, unknown>) {
  const used = new Map<string, unknown>();
  let added = 0;
  let reused = 0;
  return {
    used,
    worthWriting: () => worthRewriting({ stored: before.size, reused, added }),
    getKeyed,
    setKeyed,
    get: <T>(kind: string, parts: readonly string[]): T | undefined => getKeyed<T>(cacheKey(kind, parts)),
    set: (kind: string, parts: readonly string[], value: unknown): void => setKeyed(cacheKey(kind, parts), value),
  };
  function getKeyed<T>(key: string): T | undefined {
    // What this check has set already (the model reads the bodies the check read).
    if (used.has(key)) return used.get(key) as T;
    if (!before.has(key)) return undefined;
    const value = before.get(key);
    used.set(key, value);
    reused++;
    return value as T;
  }
  function setKeyed(key: string, value: unknown): void {
    if (!used.has(key)) added++;
    used.set(key, value);
  }
}

/**
 * Opens the store in `file` for code of `version` (see codeVersion).
 * @example const cache = openCheckCache(".cache/check.bin", codeVersion(import.meta.url)); …; cache.save();
 */
export function openCheckCache(file: string, version: string): CheckCache {
  const check = oneCheck(readStore(file, version));
  return {
    get: check.get,
    set: check.set,
    getKeyed: check.getKeyed,
    setKeyed: check.setKeyed,
    save() {
      if (!check.worthWriting()) return;
      // Written aside and renamed, so a check stopped half-way never leaves half a store.
      const partial = `${file}.${process.pid}.partial`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(partial, serialize({ version, items: check.used } satisfies Stored));
        renameSync(partial, file);
      } catch {
        // A store that cannot be written only makes the next check slower.
        removeIfThere(partial);
      }
    },
  };
}

/**
 * A store kept in memory by a process that checks the record again and again (`npm start`,
 * between saves): `save` ends one check, keeping what it used for the next.
 */
export function memoryCheckCache(): CheckCache {
  let check = oneCheck(new Map());
  return {
    get: (kind, parts) => check.get(kind, parts),
    set: (kind, parts, value) => check.set(kind, parts, value),
    getKeyed: (key) => check.getKeyed(key),
    setKeyed: (key, value) => check.setKeyed(key, value),
    save() {
      // A check that asked for nothing (the record unchanged, its last result given again) keeps all.
      if (check.used.size > 0) check = oneCheck(check.used);
    },
  };
}

/**
 * Where `npm run check` keeps its store for the record in `root`: beside the bundle it runs, in
 * node_modules/.cache (never in the record, and gone with a fresh install).
 */
export function defaultCacheFile(root: string, moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  const dir = here.endsWith(".mjs") ? path.dirname(here) : path.resolve(path.dirname(here), "../../node_modules/.cache/accountability-report");
  return path.join(dir, `check-${createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 16)}.bin`);
}

/**
 * A hash of the code that checks the record, as it runs: the bundle `npm run check` runs (its
 * packages inside it), else every TypeScript file under src/ and the installed packages' lock.
 */
export function codeVersion(moduleUrl: string = import.meta.url): string {
  const hash = createHash("sha256").update(process.version);
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith(".mjs")) return hash.update(readFileSync(here)).digest("base64url");
  const src = path.resolve(path.dirname(here), "..");
  const files = (readdirSync(src, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".ts")).sort();
  for (const f of files) hash.update(`\0${f}\0`).update(readFileSync(path.join(src, f)));
  const lock = path.resolve(src, "..", "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("base64url");
}
