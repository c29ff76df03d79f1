import * as z from "zod";
import { CalendarDateSchema, LineSchema } from "./common.ts";

/** How far the site meets WCAG 2.2 AA, in the words UK public sector accessibility statements use. */
export const complianceLevels = {
  full: "fully compliant",
  partial: "partially compliant",
  not: "not compliant",
} as const;

/**
 * What the publisher states in its accessibility statement. These are facts about one published
 * site (when it was tested, what is known not to work), so they live in data/site.json.
 */
export const AccessibilitySettingsSchema = z.strictObject({
  /**
   * Whether the publisher is bound by the Public Sector Bodies (Websites and Mobile Applications)
   * (No. 2) Accessibility Regulations 2018 ("public-sector-regulations") or meets WCAG by choice
   * ("voluntary", the default: a tenants' group or campaign is not a public sector body).
   */
  legalBasis: z.enum(["public-sector-regulations", "voluntary"]).default("voluntary"),
  compliance: z.enum(Object.keys(complianceLevels) as [keyof typeof complianceLevels, ...(keyof typeof complianceLevels)[]]),
  /** Parts of the site known not to be fully accessible, each in one plain sentence. */
  knownIssues: z.array(LineSchema(400)).default([]),
  /** How the site was last tested, and by whom. */
  howTested: LineSchema(600),
  testedOn: CalendarDateSchema,
  preparedOn: CalendarDateSchema,
  reviewedOn: CalendarDateSchema.optional(),
});

export type AccessibilitySettings = z.infer<typeof AccessibilitySettingsSchema>;
