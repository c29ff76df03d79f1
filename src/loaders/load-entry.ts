import { statSync } from "node:fs";
import path from "node:path";
import { EntryFrontMatterSchema, type Entry } from "../schemas/entry.ts";
import { cacheKey, type CheckCache } from "./check-cache.ts";
import { fileStamp } from "./file-stamp.ts";
import { keep, unkeep, type Kept } from "./kept-result.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { parseFrontMatter } from "./parse-front-matter.ts";
import { readTextFile } from "./read-text-file.ts";
import { keptAtStamp, rememberFingerprint } from "./known-stamps.ts";
import { unreadable } from "./unreadable.ts";
import { validate } from "./validate.ts";

export type EntryResult = {
  file: string;
  entry?: Entry;
  locate?: Locate;
  problems: Problem[];
  /** Given a check cache: a fingerprint of the file's name and text (its key in the cache), for checks that remember verdicts on it. */
  fingerprint?: string;
};

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The URL of an entry's page, from its id. */
export const entryUrl = (id: string): string => `/timeline/${id}/`;

/**
 * Results by file, kept while the file is unchanged: `npm start` checks the record again after
 * every save, so without this every file was read and validated again each time
 * (docs/performance.md). Results are never mutated.
 */
const unchanged = new Map<string, { stamp: string; result: EntryResult }>();

/**
 * Reads one Markdown entry: UTF-8 text → front matter → validated entry with its id and URL.
 * @example await loadEntry(root, "content/2014/2014-11-10-cabinet-approves-plan.md")
 */
export async function loadEntry(root: string, file: string, cache?: CheckCache, stamp?: string): Promise<EntryResult> {
  try {
    return await loadUnlessUnchanged(root, file, cache, stamp);
  } catch (error) {
    // Whatever goes wrong reading one file is that file's problem, never a crash of the whole check.
    return { file, problems: [unreadable(file, error)] };
  }
}

/** `listed`: the file's stamp from the survey of content/, which saves a stat of every file. */
async function loadUnlessUnchanged(root: string, file: string, cache: CheckCache | undefined, listed: string | undefined): Promise<EntryResult> {
  const key = `${root}\0${file}`;
  const stamp = listed ?? fileStamp(statSync(path.join(root, file)));
  const cached = unchanged.get(key);
  if (cached?.stamp === stamp) return cached.result;
  const result = await readEntry(root, file, cache, stamp);
  unchanged.set(key, { stamp, result });
  return result;
}

async function readEntry(root: string, file: string, cache: CheckCache | undefined, stamp: string): Promise<EntryResult> {
  // Unchanged since a check read it: the result is the store's, the file is not read at all.
  const known = cache && keptAtStamp<EntryResult>(cache, root, file, stamp, (text) => validateEntry(file, text).locate);
  if (known) return known;
  const read = await readTextFile(path.join(root, file), file);
  if (!read.ok) return { file, problems: read.problems };
  const { text } = read;
  if (!cache) return validateEntry(file, text);
  const fingerprint = cacheKey("entry", [file, text]);
  rememberFingerprint(cache, file, stamp, fingerprint);
  const kept = cache.getKeyed<Kept<EntryResult>>(fingerprint);
  if (kept) return { ...unkeep(kept, () => validateEntry(file, text).locate), fingerprint };
  const result = validateEntry(file, text);
  cache.setKeyed(fingerprint, keep(result));
  return { ...result, fingerprint };
}

function validateEntry(file: string, text: string): EntryResult {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.ok) return { file, problems: [parsed.problem] };
  const { data, body, bodyLine, locate } = parsed.value;

  const problems: Problem[] = [];
  const name = FILE_NAME.exec(path.basename(file));
  if (!name) {
    problems.push({
      file, line: 1, column: 1, field: "",
      message: `the file name must be the date then a short title in lower-case words joined by hyphens (expected something like 2014-11-10-cabinet-approves-plan.md, got "${path.basename(file)}")`,
    });
  }
  const result = validate(EntryFrontMatterSchema, data, file, locate);
  if (!result.ok) return { file, locate, problems: [...problems, ...result.problems] };
  if (!name) return { file, locate, problems };

  const [, fileDate, id] = name as unknown as [string, string, string];
  if (fileDate !== result.value.date) {
    problems.push({
      file, ...locate(["date"]), field: "date",
      message: `does not match the date in the file name (the file name starts ${fileDate}, got "${result.value.date}"); rename the file or correct the date`,
    });
  }
  const entry: Entry = { ...result.value, id, file, url: entryUrl(id), body, bodyLine };
  return { file, entry, locate, problems };
}
