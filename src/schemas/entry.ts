import * as z from "zod";
import { checkRecordDate, CalendarDateSchema, IdSchema, LineSchema, recordDateShape } from "./common.ts";

/** A short quotation, attributed to the person who said it and the source that reports it. */
export const QuoteSchema = z.strictObject({
  by: IdSchema,
  text: LineSchema(600),
  source: IdSchema,
});

/** A dated correction or later fact, shown on the entry page and in the changes feed. */
export const UpdateSchema = z.strictObject({
  date: CalendarDateSchema,
  text: LineSchema(600),
  sources: z.array(IdSchema).optional(),
});

/** The front matter of one entry: everything an editor writes between the --- lines. */
export const EntryFrontMatterSchema = z
  .strictObject({
    title: LineSchema(120),
    ...recordDateShape,
    /** An id from `entryKinds` in data/vocabularies.json. */
    kind: IdSchema,
    phase: IdSchema,
    summary: LineSchema(280),
    sources: z.array(IdSchema).min(1),
    people: z.array(IdSchema).default([]),
    decidedBy: z.array(IdSchema).default([]),
    funding: z.array(IdSchema).default([]),
    quotes: z.array(QuoteSchema).default([]),
    tags: z.array(IdSchema).default([]),
    /** Amounts written in the text on purpose that are not sums in data/funding.json, e.g. a figure quoted in a headline. */
    otherAmounts: z.array(LineSchema(40)).default([]),
    order: z.int().min(0).max(99).optional(),
    draft: z.boolean().default(false),
    updates: z.array(UpdateSchema).default([]),
  })
  .superRefine(checkRecordDate);

export type EntryFrontMatter = z.infer<typeof EntryFrontMatterSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type EntryUpdate = z.infer<typeof UpdateSchema>;

/** An entry as the rest of the program sees it: validated front matter plus where it came from. */
export type Entry = EntryFrontMatter & {
  /** The file name without its date prefix; also the last part of the URL. */
  id: string;
  /** Path from the project root, e.g. `content/2021/2021-03-04-committee-agrees-repairs-plan.md`. */
  file: string;
  url: string;
  /** The Markdown body, unrendered. */
  body: string;
  bodyLine: number;
};
