import type { z } from "zod";
import { describeZodIssue } from "../problems/describe-zod-issue.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { zodProblems } from "../problems/zod-problems.ts";
import { unsafeValues } from "./unsafe-values.ts";

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Problems found twice (the value walk and a schema's own rule) are shown once. */
const once = (problems: Problem[]): Problem[] => {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.field}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Validates parsed data against a schema, turning every issue into a located problem; text with
 * invisible control characters and too-deep nesting are problems in any field, whatever the schema.
 * @example validate(EntryFrontMatterSchema, data, "content/x.md", locate)
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, locate: Locate): Validated<z.output<S>> {
  const unsafe = unsafeValues(data, file, locate);
  // Too deep for the schema to walk safely: the nesting is the problem to fix first.
  if (unsafe.some((p) => p.message.startsWith("is nested too deeply"))) return { ok: false, problems: unsafe };
  const result = schema.safeParse(data, { error: describeZodIssue, reportInput: true });
  if (result.success && unsafe.length === 0) return { ok: true, value: result.data };
  const schemaProblems = result.success ? [] : zodProblems(file, schema, result.error, locate);
  return { ok: false, problems: once([...unsafe, ...schemaProblems]) };
}
