import * as z from "zod";
import { IdSchema, LineSchema, PartialDateSchema } from "./common.ts";

/** A role someone held, dated only as far as the sources say. */
export const RoleSchema = z.strictObject({
  title: LineSchema(120),
  /** Id of the body the role belongs to, when it is in the record. */
  organisation: IdSchema.optional(),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  /** When a source shows them in the role, without saying when it began or ended. */
  seen: PartialDateSchema.optional(),
  note: LineSchema(400).optional(),
  sources: z.array(IdSchema).min(1),
});

/** A person or a body (cabinet, inspectorate, department) that acts in the record. */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: LineSchema(120),
  type: z.enum(["person", "organisation"]),
  /** Who they are, in a line. With `sources`, it says only what those sources say; without, the site shows it as its own explanation. */
  description: LineSchema(400).optional(),
  sources: z.array(IdSchema).default([]),
  roles: z.array(RoleSchema).default([]),
  /** Shown in production even when nothing published uses it (without this, a person or body only drafts use never reaches the site). */
  standalone: z.boolean().optional(),
});

export const PeopleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  people: z.array(PersonSchema),
});

export type Person = z.infer<typeof PersonSchema>;
export type Role = z.infer<typeof RoleSchema>;
