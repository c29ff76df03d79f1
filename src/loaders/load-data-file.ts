import { statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Locate, Problem } from "../problems/problem.ts";
import { parseJson } from "./parse-json.ts";
import { readTextFile } from "./read-text-file.ts";
import { unreadable } from "./unreadable.ts";
import { validate } from "./validate.ts";
import type { CheckCache } from "./check-cache.ts";
import { keep, unkeep, type Kept } from "./kept-result.ts";

export type DataFileResult<T> = { file: string; value?: T; locate?: Locate; problems: Problem[] };

/** Results by file, kept while the file is unchanged, as loadEntry does for entries. Never mutated. */
const unchanged = new Map<string, { stamp: string; schema: z.ZodType; result: DataFileResult<unknown> }>();

/** Where a data file's result may be kept between checks, and under what name its schema goes. */
export interface DataFileCache {
  cache: CheckCache;
  /** Names the schema: the same file read with another schema is another result. */
  schemaName: string;
}

/**
 * Reads, parses and validates one JSON file under data/.
 * @example await loadDataFile(root, "data/funding.json", FundingFileSchema)
 */
export async function loadDataFile<S extends z.ZodType>(root: string, file: string, schema: S, cached?: DataFileCache): Promise<DataFileResult<z.output<S>>> {
  let read;
  let stamp;
  try {
    // Any write changes ctime, even when a tool restores the modification time.
    const info = statSync(path.join(root, file));
    stamp = `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
    const cached = unchanged.get(`${root}\0${file}`);
    if (cached?.stamp === stamp && cached.schema === schema) return cached.result as DataFileResult<z.output<S>>;
    read = await readTextFile(path.join(root, file), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { file, problems: [{ file, line: 1, column: 1, field: "", message: "the file is missing (every data file must exist, even with an empty list)" }] };
    }
    return { file, problems: [unreadable(file, error)] };
  }
  let result: DataFileResult<z.output<S>>;
  try {
    result = cachedParseAndValidate(read, file, schema, cached);
  } catch (error) {
    // Whatever goes wrong reading one file is that file's problem, never a crash of the whole check.
    return { file, problems: [unreadable(file, error)] };
  }
  unchanged.set(`${root}\0${file}`, { stamp, schema, result });
  return result;
}

function cachedParseAndValidate<S extends z.ZodType>(read: Awaited<ReturnType<typeof readTextFile>>, file: string, schema: S, cached: DataFileCache | undefined): DataFileResult<z.output<S>> {
  if (!read.ok) return { file, problems: read.problems };
  const { text } = read;
  if (!cached) return parseAndValidate(text, file, schema);
  const parts = [cached.schemaName, file, text];
  const kept = cached.cache.get<Kept<DataFileResult<z.output<S>>>>("data", parts);
  if (kept) return unkeep(kept, () => parseAndValidate(text, file, schema).locate);
  const result = parseAndValidate(text, file, schema);
  cached.cache.set("data", parts, keep(result));
  return result;
}

function parseAndValidate<S extends z.ZodType>(text: string, file: string, schema: S): DataFileResult<z.output<S>> {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { file, problems: parsed.problems ?? [parsed.problem] };
  const result = validate(schema, parsed.data, file, parsed.locate);
  if (!result.ok) return { file, locate: parsed.locate, problems: result.problems };
  return { file, value: result.value, locate: parsed.locate, problems: [] };
}
