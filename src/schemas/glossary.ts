import { z } from "zod";
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
  definition: LineSchema(600),
  /** The person or body in data/people.json this term names, so the glossary links to its page. */
  person: IdSchema.optional(),
  /** Sources for what the definition says about this record, when it says more than a dictionary would. */
  sources: z.array(IdSchema).default([]),
  /** Shown in production even when nothing published uses it (without this, a term only drafts use never reaches the site). */
  standalone: z.boolean().optional(),
});

export const GlossaryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  terms: z.array(GlossaryTermSchema),
});

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
