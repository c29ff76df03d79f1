import { z } from "zod";
import { CalendarDateSchema, IdSchema, LineSchema } from "./common.ts";

/** A neutral, fixed scale: never claim more than the cited evidence shows. */
export const promiseStatuses = {
  "not-yet-rated": "Not yet rated",
  "in-progress": "In progress",
  "kept": "Kept",
  "broken": "Broken",
} as const;

/** A commitment the sources record, who made it and what the evidence says of it since. */
export const PromiseSchema = z.strictObject({
  id: IdSchema,
  text: LineSchema(300),
  madeBy: IdSchema,
  /** The entry in which the commitment was made; its date is when. */
  entry: IdSchema,
  due: CalendarDateSchema.optional(),
  status: z.enum(Object.keys(promiseStatuses) as [keyof typeof promiseStatuses, ...(keyof typeof promiseStatuses)[]]),
  /** Why the status is what it is, in words a resident can check against the sources. */
  evidence: LineSchema(600),
  sources: z.array(IdSchema).min(1),
});

export const PromisesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  promises: z.array(PromiseSchema),
});

export type Commitment = z.infer<typeof PromiseSchema>;
