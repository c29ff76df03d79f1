import { z } from "zod";
import { AccessibilitySettingsSchema } from "./accessibility.ts";
import { HttpsUrlSchema, IdSchema, LineSchema } from "./common.ts";
import { EditorSettingsSchema } from "../cms/editor-settings.ts";

/** A stage of the story; entries name the phase they belong to. */
export const PhaseSchema = z.strictObject({
  id: IdSchema,
  title: LineSchema(120),
  summary: LineSchema(400),
});

/** Everything that makes the site one council's report rather than another's. */
export const SiteSchema = z.strictObject({
  $schema: z.string().optional(),
  title: LineSchema(120),
  shortTitle: LineSchema(40),
  description: LineSchema(300),
  /** Who the report is about. */
  organisation: LineSchema(120),
  /** Who publishes the report and answers for it. */
  publisher: LineSchema(120),
  /** The canonical address of the published site, used in feeds, sitemaps and citations. */
  url: HttpsUrlSchema,
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "must be a language tag such as en-GB" }),
  /** Shown in a banner on every page, e.g. "This is a record of events in 2014–15." */
  banner: LineSchema(200),
  introduction: z.array(LineSchema(600)).min(1),
  contactEmail: z.email({ error: "must be an email address, such as report@example.org" }),
  phases: z.array(PhaseSchema).min(1),
  /** Earliest and latest dates an entry may carry; anything outside is a typo. */
  earliestDate: z.iso.date(),
  /** What the accessibility statement says about this published site; without it the statement says it has not been prepared. */
  accessibility: AccessibilitySettingsSchema.optional(),
  /** Publishing from the web: Decap CMS at /admin/ of the published site (off unless set; README "Publish from the web"). */
  editor: EditorSettingsSchema.optional(),
});

export type Site = z.infer<typeof SiteSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
