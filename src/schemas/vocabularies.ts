import * as z from "zod";
import { IdSchema, LineSchema } from "./common.ts";

/** One term of a vocabulary the record declares: its id, what residents read, and one plain line on what it means. */
export const TermSchema = z.strictObject({
  id: IdSchema,
  /** What residents read, e.g. "Cabinet decision". */
  label: LineSchema(80),
  /** One plain line saying what the term means, shown beside it where it helps. */
  meaning: LineSchema(400),
});

/** A kind of event; `outline` is what `npm run new` writes as the body of a new entry of this kind. */
export const EntryKindSchema = TermSchema.extend({
  /** Paragraphs the editor replaces; a line starting "## " is a heading. Never write amounts here. */
  outline: z.array(LineSchema(400)).optional(),
});

/** What a stage means for the totals: still to be decided, agreed, spent (or, for money in, received), or nothing at all (withdrawn). */
export const stageCounts = ["pending", "agreed", "spent", "none"] as const;
export const StageCountsSchema = z.enum(stageCounts);

/** A stage a sum of money can reach; list order is the order a sum moves through. */
export const MoneyStageSchema = TermSchema.extend({
  counts: StageCountsSchema,
});

const terms = <S extends z.ZodType>(schema: S) => z.array(schema).min(1);

/**
 * data/vocabularies.json: the record's own closed lists. Every kind, fund, stage and status the
 * other files name must be an id declared here, so a misspelt one is caught, not a new category.
 */
export const VocabulariesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  entryKinds: terms(EntryKindSchema),
  sourceKinds: terms(TermSchema),
  funds: z.array(TermSchema).default([]),
  moneyStages: z.array(MoneyStageSchema).default([]),
  /** The scale promises are rated on, in the order residents read it. */
  promiseStatuses: z.array(TermSchema).default([]),
});

export type Term = z.infer<typeof TermSchema>;
export type EntryKindTerm = z.infer<typeof EntryKindSchema>;
export type MoneyStage = z.infer<typeof MoneyStageSchema>;
export type StageCounts = z.infer<typeof StageCountsSchema>;
export type Vocabularies = z.infer<typeof VocabulariesFileSchema>;
/** The names of the vocabularies, as keys of data/vocabularies.json. */
export type VocabularyName = Exclude<keyof Vocabularies, "$schema">;
