import * as z from "zod";
import type { Term } from "./vocabularies.ts";

/**
 * The schema of a field whose value must be one of a vocabulary's ids: the record's own list, so
 * each record's schemas are closed on its own terms.
 * @example vocabularyField([{ id: "kept", label: "Kept", meaning: "…" }]).safeParse("kept").success // true
 */
export function vocabularyField(terms: readonly Pick<Term, "id">[]): z.ZodType<string> {
  const ids = terms.map((t) => t.id);
  // z.enum needs at least one value; an empty vocabulary accepts nothing.
  return ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.never();
}
