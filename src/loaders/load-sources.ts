import { readdir } from "node:fs/promises";
import { statSync } from "node:fs";
import path from "node:path";
import type { Locate, Problem } from "../problems/problem.ts";
import { SourceFrontMatterSchema, type Source } from "../schemas/source.ts";
import { parseFrontMatter } from "./parse-front-matter.ts";
import { readTextFile } from "./read-text-file.ts";
import { validate } from "./validate.ts";
import { cacheKey, type CheckCache } from "./check-cache.ts";
import { fileStamp } from "./file-stamp.ts";
import { keep, unkeep, type Kept } from "./kept-result.ts";
import { keptAtStamp, rememberFingerprint } from "./known-stamps.ts";

/** The folder of the record that holds one file per source: its metadata, then the copy held. */
export const SOURCES_DIR = "data/sources";

export type SourceResult = {
  file: string;
  source?: Source;
  locate?: Locate;
  problems: Problem[];
  /** Given a check cache: a fingerprint of the file's name and text, as for an entry (load-entry.ts). */
  fingerprint?: string;
};
export type SourcesResult = { sources: SourceResult[]; problems: Problem[] };

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Results by file, kept while the file is unchanged (as loadEntry does), so reloads compare equal. */
const unchanged = new Map<string, { stamp: string; result: SourceResult }>();

/**
 * Reads every `data/sources/<id>.md`: YAML front matter (what the document is), then the text of the
 * copy held, kept byte for byte (it is only ever shown escaped, never rendered).
 * @example const { sources, problems } = await loadSources(root)
 */
export async function loadSources(root: string, refused: ReadonlySet<string> = new Set(), cache?: CheckCache): Promise<SourcesResult> {
  // A folder or file the survey of data/ refused (a link leading outside, a pipe) is never read: it is reported there.
  if (refused.has(SOURCES_DIR) || refused.has(path.posix.dirname(SOURCES_DIR))) return { sources: [], problems: [] };
  let names: string[];
  try {
    names = (await readdir(path.join(root, SOURCES_DIR))).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return { sources: [], problems: [{ file: SOURCES_DIR, line: 1, column: 1, field: "", message: "this is a file, not a folder (the record keeps one file per source there, such as data/sources/council-statement.md)" }] };
    if (code !== "ENOENT") throw error;
    return { sources: [], problems: [{ file: SOURCES_DIR, line: 1, column: 1, field: "", message: "the folder is missing (the record keeps one file per source there, such as data/sources/council-statement.md)" }] };
  }
  // Anything else in the folder is refused by name, never read: a stray file is a mistake to see, not to skip.
  names = names.filter((n) => !refused.has(`${SOURCES_DIR}/${n}`));
  const stray: Problem[] = names
    .filter((n) => !n.endsWith(".md"))
    .map((n) => ({
      file: `${SOURCES_DIR}/${n}`, line: 1, column: 1, field: "",
      message: `only source files belong in ${SOURCES_DIR}/, each named with the source's id then .md (expected something like council-statement.md, got "${n}"); rename it or move it out`,
    }));
  const sources = await Promise.all(names.filter((n) => n.endsWith(".md")).map((name) => loadSource(root, `${SOURCES_DIR}/${name}`, cache)));
  return { sources, problems: [...stray, ...sources.flatMap((s) => s.problems)] };
}

async function loadSource(root: string, file: string, cache: CheckCache | undefined): Promise<SourceResult> {
  const info = statSync(path.join(root, file));
  const stamp = fileStamp(info);
  const key = `${root}\0${file}`;
  const cached = unchanged.get(key);
  if (cached?.stamp === stamp) return cached.result;
  const result = await readSource(root, file, cache, stamp);
  unchanged.set(key, { stamp, result });
  return result;
}

async function readSource(root: string, file: string, cache: CheckCache | undefined, stamp: string): Promise<SourceResult> {
  const name = FILE_NAME.exec(path.basename(file));
  if (!name) {
    return {
      file,
      problems: [{ file, line: 1, column: 1, field: "", message: `the file name must be the source's id, in lower-case words joined by hyphens, then .md (expected something like council-statement.md, got "${path.basename(file)}")` }],
    };
  }
  const id = name[1]!;
  // Unchanged since a check read it (as for an entry, load-entry.ts): the file is not read.
  const known = cache && keptAtStamp<SourceResult>(cache, root, file, stamp, (text) => validateSource(file, id, text).locate);
  if (known) return known;
  const read = await readTextFile(path.join(root, file), file);
  if (!read.ok) return { file, problems: read.problems };
  const { text } = read;
  if (!cache) return validateSource(file, id, text);
  const fingerprint = cacheKey("source", [file, text]);
  rememberFingerprint(cache, file, stamp, fingerprint);
  const kept = cache.getKeyed<Kept<SourceResult>>(fingerprint);
  if (kept) return { ...unkeep(kept, () => validateSource(file, id, text).locate), fingerprint };
  const result = validateSource(file, id, text);
  cache.setKeyed(fingerprint, keep(result));
  return { ...result, fingerprint };
}

function validateSource(file: string, id: string, text: string): SourceResult {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.ok) return { file, problems: [parsed.problem] };
  const { data, body, bodyLine, locate } = parsed.value;
  const result = validate(SourceFrontMatterSchema, data, file, locate);
  if (!result.ok) return { file, locate, problems: result.problems };
  if (body.trim() === "") {
    return { file, locate, problems: [{ file, line: bodyLine, column: 1, field: "text", message: "the copy held is missing (expected the document's text after the closing ---, exactly as held)" }] };
  }
  return { file, locate, problems: [], source: { ...result.value, id, file, text: body, textLine: bodyLine } };
}
