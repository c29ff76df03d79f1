import type { z } from "zod";
import { didYouMean } from "./did-you-mean.ts";
import { formatFieldPath, type Locate, type Problem } from "./problem.ts";

type AnySchema = z.core.$ZodType;

/** Finds the object keys a schema accepts at a path, for "did you mean" hints on unknown keys. */
function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (["optional", "nullable", "default", "prefault", "readonly", "nonoptional"].includes(def.type)) {
      return unwrap(def.innerType as AnySchema);
    }
    if (def.type === "pipe") return unwrap(def.in as AnySchema);
    return s;
  };
  for (const part of [...path, null]) {
    if (current === undefined) return [];
    current = unwrap(current);
    if (part === null) break;
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "object") current = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === "array") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else return [];
  }
  if (current === undefined) return [];
  const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}

/**
 * Turns a failed parse into located problems, one per key for unknown keys,
 * with "did you mean" hints for misspelt keys and values.
 */
export function zodProblems(file: string, schema: AnySchema, error: z.core.$ZodError, locate: Locate, pathPrefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...pathPrefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const at = locate([...path, key], "key");
        problems.push({ file, ...at, field: formatFieldPath([...path, key]), message: `unknown field${didYouMean(key, known) || (known.length > 0 ? `; expected one of ${known.join(", ")}` : "")}` });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === "invalid_value" && issue.values.length > 1 && typeof issue.input === "string") {
      message += didYouMean(issue.input, issue.values.map(String));
    }
    const at = locate(path, "value");
    problems.push({ file, ...at, field: formatFieldPath(path), message });
  }
  return problems;
}
