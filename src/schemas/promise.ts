import * as z from "zod";
import { CalendarDateSchema, IdSchema, LineSchema } from "./common.ts";

/** A commitment the sources record, who made it and what the evidence says of it since. */
export const PromiseSchema = z.strictObject({
  id: IdSchema,
  text: LineSchema(300),
  madeBy: IdSchema,
  /** The entry in which the commitment was made; its date is when. */
  entry: IdSchema,
  due: CalendarDateSchema.optional(),
  /** An id from `promiseStatuses` in data/vocabularies.json: a neutral scale that never claims more than the evidence shows. */
  status: IdSchema,
  /** Why the status is what it is, in words a resident can check against the sources. */
  evidence: LineSchema(600),
  sources: z.array(IdSchema).min(1),
});

export const PromisesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  promises: z.array(PromiseSchema),
});

export type Commitment = z.infer<typeof PromiseSchema>;
