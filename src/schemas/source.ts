import * as z from "zod";
import { checkRecordDate, HttpsUrlSchema, IdSchema, LineSchema, recordDateShape } from "./common.ts";

/**
 * How much of the copy held the site may show. The organisation's own statements may be published
 * in full; other people's articles only as the passages the record quotes.
 */
export const publishLevels = {
  "in-full": "Its full text, exactly as held, is published on the sources page",
  "passages-only": "Another publisher's article: only the passages this record cites are shown, not the whole text",
} as const;

/**
 * The front matter of one file in data/sources/: what the document is. The file's name is the
 * source's id; the text after the front matter is the copy held, exactly as held.
 */
export const SourceFrontMatterSchema = z
  .strictObject({
    title: LineSchema(200),
    /** True when the document has no headline of its own and the title was written for this record. */
    titleSupplied: z.boolean().default(false),
    publisher: LineSchema(120).optional(),
    /** An id from `sourceKinds` in data/vocabularies.json. */
    kind: IdSchema,
    ...recordDateShape,
    publish: z.enum(Object.keys(publishLevels) as [keyof typeof publishLevels, ...(keyof typeof publishLevels)[]]),
    url: HttpsUrlSchema.optional(),
    note: LineSchema(600).optional(),
    /** Shown in production even when nothing published uses it (without this, a source only drafts use never reaches the site). */
    standalone: z.boolean().optional(),
  })
  .superRefine(checkRecordDate);

/** A document the record relies on. Every fact on the site cites at least one, with its own words. */
export type Source = z.infer<typeof SourceFrontMatterSchema> & {
  /** The file name without `.md`. */
  id: string;
  /** Path from the project root, e.g. `data/sources/council-statement.md`. */
  file: string;
  /** The copy held, exactly as held: plain text, never rendered as Markdown or HTML. */
  text: string;
  /** 1-based line of the file on which the text starts. */
  textLine: number;
};
