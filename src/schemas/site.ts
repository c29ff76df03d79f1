import * as z from "zod";
import { AccessibilitySettingsSchema } from "./accessibility.ts";
import { HttpsUrlSchema, IdSchema, LineSchema } from "./common.ts";
import { PREVIEW_ADDRESS } from "../record/site-address.ts";
import { EditorSettingsSchema } from "../cms/editor-settings.ts";

/** A stage of the story; entries name the phase they belong to. */
export const PhaseSchema = z.strictObject({
  id: IdSchema,
  title: LineSchema(120),
  summary: LineSchema(400),
});

/** How one page is named: its title, its word in the navigation and its description; each optional. */
export const PageWordingSchema = z.strictObject({
  title: LineSchema(120).optional(),
  navLabel: LineSchema(30).optional(),
  description: LineSchema(300).optional(),
});

/** The pages whose wording a record may change, by the template that renders them. */
export const PagesWordingSchema = z.strictObject({
  home: PageWordingSchema.optional(),
  money: PageWordingSchema.optional(),
  people: PageWordingSchema.optional(),
  promises: PageWordingSchema.optional(),
  sources: PageWordingSchema.optional(),
  glossary: PageWordingSchema.optional(),
  about: PageWordingSchema.optional(),
  changes: PageWordingSchema.optional(),
  report: PageWordingSchema.optional(),
  search: PageWordingSchema.optional(),
  accessibility: PageWordingSchema.optional(),
});

/** Everything that makes the site one council's report rather than another's. */
export const SiteSchema = z.strictObject({
  $schema: z.string().optional(),
  title: LineSchema(120),
  shortTitle: LineSchema(40),
  description: LineSchema(300),
  /** Who the report is about. */
  organisation: LineSchema(120),
  /** Who publishes the report and answers for it; left out when the record does not say, and never guessed. */
  publisher: LineSchema(120).optional(),
  /**
   * The canonical address of the published site, used in feeds, sitemaps and citations. The deploy
   * can give it instead (AR_SITE_URL); without either a build links to the preview server, and a
   * production build refuses to run (checkPlaceholders).
   */
  url: HttpsUrlSchema.default(PREVIEW_ADDRESS),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "must be a language tag such as en-GB" }),
  /** The currency every sum is in, as its three-letter code; money is written the way `language` writes it. */
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "must be a three-letter currency code such as GBP or EUR" }).default("GBP"),
  /** Page titles, navigation labels and descriptions, where the record wants its own words. */
  pages: PagesWordingSchema.default({}),
  /** Shown in a banner on every page, e.g. "This is a record of events in 2014–15." */
  banner: LineSchema(200),
  introduction: z.array(LineSchema(600)).min(1),
  /** Where residents send corrections; left out when the record has no such address. */
  contactEmail: z.email({ error: "must be an email address, such as report@example.org" }).optional(),
  /** What the record does not yet show, one plain line each, for "where things stand" on the home page. */
  stillUnknown: z.array(LineSchema(300)).optional(),
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
export type PageWording = z.infer<typeof PageWordingSchema>;
export type PageKey = keyof z.infer<typeof PagesWordingSchema>;
