import path from "node:path";
import type { Locate } from "../problems/problem.ts";
import type { CheckCache } from "./check-cache.ts";
import { stampChangedAt } from "./file-stamp.ts";
import { unkeep, type Kept } from "./kept-result.ts";
import { readTextFileSync } from "./read-text-file.ts";

/**
 * How long a file must have gone unchanged before its stamp is trusted to stand for its text. File
 * times come from a coarse clock (a tick of up to 10 ms on Linux, 2 s on FAT), so a file written
 * again in the same tick at the same size keeps its stamp: a stamp taken so soon after a change
 * could name text the file no longer has (git's "racy clean" files).
 */
export const SETTLED_AFTER_MS = 3000;

const keyOf = (file: string, stamp: string): string => `stamp:${file}\0${stamp}`;

/**
 * The fingerprint (the store's key) of the text a file had when a check last read it with this
 * stamp, so that a check after one save reads only the files that changed: reading and hashing
 * every file was about a seventh of such a check (docs/performance.md).
 */
export const fingerprintAt = (cache: CheckCache, file: string, stamp: string): string | undefined => cache.getKeyed<string>(keyOf(file, stamp));

/**
 * Remembers that the file with this stamp held the text of this fingerprint, once it has been
 * unchanged for SETTLED_AFTER_MS. `now` is taken after the text was read: a write after the read
 * is then in a later tick, and changes the stamp.
 */
export function rememberFingerprint(cache: CheckCache, file: string, stamp: string, fingerprint: string, now: number = Date.now()): void {
  if (now - stampChangedAt(stamp) >= SETTLED_AFTER_MS) cache.setKeyed(keyOf(file, stamp), fingerprint);
}

/** Where a problem goes in a file that can no longer be read or parsed as it was: its start. */
const START_OF_FILE: Locate = () => ({ line: 1, column: 1 });

/**
 * What a check kept for a file whose stamp it remembers, with the file's fingerprint, without
 * reading the file. Should a problem need placing in it, `locateIn` makes the locator from the
 * file's text as it is then (the start of the file if it can no longer be read or parsed).
 */
export function keptAtStamp<R extends { locate?: Locate }>(cache: CheckCache, root: string, file: string, stamp: string, locateIn: (text: string) => Locate | undefined): (R & { fingerprint: string }) | undefined {
  const known = fingerprintAt(cache, file, stamp);
  const kept = known === undefined ? undefined : cache.getKeyed<Kept<R>>(known);
  if (!kept) return undefined;
  const relocate = () => {
    const read = readTextFileSync(path.join(root, file), file);
    return (read.ok ? locateIn(read.text) : undefined) ?? START_OF_FILE;
  };
  return { ...unkeep(kept, relocate), fingerprint: known! };
}
