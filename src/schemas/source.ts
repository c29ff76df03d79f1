import { z } from "zod";
import { checkRecordDate, HttpsUrlSchema, IdSchema, LineSchema, recordDateShape } from "./common.ts";

/** A document the record relies on. Every fact on the site cites at least one. */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: LineSchema(200),
    /** True when the document has no headline of its own and the title was written for this record. */
    titleSupplied: z.boolean().default(false),
    publisher: LineSchema(120).optional(),
    /** An id from `sourceKinds` in data/vocabularies.json. */
    kind: IdSchema,
    ...recordDateShape,
    url: HttpsUrlSchema.optional(),
    /** The name of the copy held in the project's archive of source documents. */
    archiveRef: LineSchema(120).optional(),
    note: LineSchema(600).optional(),
  /** Shown in production even when nothing published uses it (without this, a source only drafts use never reaches the site). */
  standalone: z.boolean().optional(),
  })
  .superRefine(checkRecordDate);

export const SourcesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(SourceSchema),
});

export type Source = z.infer<typeof SourceSchema>;
