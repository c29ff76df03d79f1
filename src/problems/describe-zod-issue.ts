import type { z } from "zod";
import { showValue } from "./show-value.ts";

const typeNames: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields",
  date: "a date",
};

const items = (n: number): string => `${n} ${n === 1 ? "item" : "items"}`;
const characters = (n: number): string => `${n} ${n === 1 ? "character" : "characters"}`;

type RawIssue = z.core.$ZodRawIssue;

/**
 * Error map used for every parse: turns zod's issue into an instruction an editor can follow.
 * Schemas that need a more specific instruction set their own `error`, which wins over this.
 */
export function describeZodIssue(issue: RawIssue): string {
  const got = showValue(issue.input);
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required but missing (expected ${expected})`;
      return `wrong type (expected ${expected}, got ${got})`;
    }
    case "invalid_value":
      if (issue.values.length === 1) return `must be ${showValue(issue.values[0])} (got ${got})`;
      return `${got} is not one of the allowed values (expected one of ${issue.values.map((v) => showValue(v)).join(", ")})`;
    case "too_small": {
      const n = Number(issue.minimum);
      if (issue.origin === "string" && n === 1) return "must not be empty";
      if (issue.origin === "array") return `needs at least ${items(n)}`;
      if (issue.origin === "string") return `is too short (expected at least ${characters(n)}, got ${String(issue.input).length})`;
      return `is too small (expected ${issue.inclusive ? "at least" : "more than"} ${n}, got ${got})`;
    }
    case "too_big": {
      const n = Number(issue.maximum);
      if (issue.origin === "array") return `has too many items (expected at most ${items(n)})`;
      if (issue.origin === "string") return `is too long (expected at most ${characters(n)}, got ${String(issue.input).length})`;
      return `is too large (expected ${issue.inclusive ? "at most" : "less than"} ${n}, got ${got})`;
    }
    case "invalid_format":
      return `${got} is not in the right format (expected ${issue.format})`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)} (got ${got})`;
    // "unrecognized_keys" never reaches here as a message: zodProblems tells each unknown key apart, at its key.
    case "invalid_union":
      return `does not match any allowed form (got ${got})`;
    default:
      return `is not valid (got ${got})`;
  }
}
