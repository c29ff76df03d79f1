import * as z from "zod";
import { IdSchema, LineSchema } from "./common.ts";

/**
 * A word or phrase a resident may not know, explained in plain words. The terms belong to the
 * record (another council has other bodies and jargon), so they are data, not template text.
 */
export const GlossaryTermSchema = z.strictObject({
  /** Also the anchor on the glossary page: `/glossary/#select-committee`. */
  id: IdSchema,
  term: LineSchema(80),
  /** Other ways the sources write it, e.g. "DfE" for the Department for Education. */
  alsoCalled: z.array(LineSchema(80)).default([]),
  /** The general meaning, in the site's own words: shown marked as the site's explanation, not the sources'. */
  definition: LineSchema(600).optional(),
  /** What the sources say about it in this record, backed by `sources`. */
  inThisRecord: LineSchema(600).optional(),
  /** The person or body in data/people.json this term names, so the glossary links to its page. */
  person: IdSchema.optional(),
  /** The sources for `inThisRecord`. */
  sources: z.array(IdSchema).default([]),
  /** Shown in production even when nothing published uses it (without this, a term only drafts use never reaches the site). */
  standalone: z.boolean().optional(),
}).superRefine((term, ctx) => {
  if (term.definition === undefined && term.inThisRecord === undefined) {
    ctx.addIssue({ code: "custom", path: ["definition"], input: undefined, message: "is required when there is no inThisRecord (expected the term's meaning in plain words, or what the sources say about it under inThisRecord)" });
  }
  if (term.inThisRecord !== undefined && term.sources.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sources"], input: undefined, message: "needs at least 1 item when inThisRecord is given (expected the ids of the sources that say it)" });
  }
});

export const GlossaryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  terms: z.array(GlossaryTermSchema),
});

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
