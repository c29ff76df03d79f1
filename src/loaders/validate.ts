import type { z } from "zod";
import { describeZodIssue } from "../problems/describe-zod-issue.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { zodProblems } from "../problems/zod-problems.ts";

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Validates parsed data against a schema, turning every issue into a located problem.
 * @example validate(EntryFrontMatterSchema, data, "content/x.md", locate)
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, locate: Locate): Validated<z.output<S>> {
  const result = schema.safeParse(data, { error: describeZodIssue, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(file, schema, result.error, locate) };
}
