import path from "node:path";
import type { z } from "zod";
import type { Locate, Problem } from "../problems/problem.ts";
import { parseJson } from "./parse-json.ts";
import { readTextFile } from "./read-text-file.ts";
import { validate } from "./validate.ts";

export type DataFileResult<T> = { file: string; value?: T; locate?: Locate; problems: Problem[] };

/**
 * Reads, parses and validates one JSON file under data/.
 * @example await loadDataFile(root, "data/funding.json", FundingFileSchema)
 */
export async function loadDataFile<S extends z.ZodType>(root: string, file: string, schema: S): Promise<DataFileResult<z.output<S>>> {
  let read;
  try {
    read = await readTextFile(path.join(root, file), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { file, problems: [{ file, line: 1, column: 1, field: "", message: "the file is missing (every data file must exist, even with an empty list)" }] };
    }
    throw error;
  }
  if (!read.ok) return { file, problems: [read.problem] };
  const parsed = parseJson(read.text, file);
  if (!parsed.ok) return { file, problems: [parsed.problem] };
  const result = validate(schema, parsed.data, file, parsed.locate);
  if (!result.ok) return { file, locate: parsed.locate, problems: result.problems };
  return { file, value: result.value, locate: parsed.locate, problems: [] };
}
