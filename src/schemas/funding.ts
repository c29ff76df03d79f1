import * as z from "zod";
import { IdSchema, LineSchema, PenceSchema } from "./common.ts";
import { showValue } from "../problems/show-value.ts";

/** A financial year as councils write it: `2014/15`, the second year following the first. */
export const FinancialYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { error: (iss) => `${showValue(iss.input)} is not a financial year (expected the form 2014/15)` })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)), {
    error: (iss) => `${showValue(iss.input)} is not a financial year (the second year must follow the first, as in 2014/15)`,
  });

/** One step in a sum's history, recorded by its own entry: that entry's date is the stage's date. */
export const MoneyStageEventSchema = z.strictObject({
  /** An id from `moneyStages` in data/vocabularies.json. */
  stage: IdSchema,
  /** The entry that records this stage; it lists the sum's id under `funding`. */
  entry: IdSchema,
  /** The person or body that took the sum to this stage. */
  decidedBy: IdSchema,
  sources: z.array(IdSchema).min(1),
  note: LineSchema(400).optional(),
});

/** The part of a sum that falls in one financial year, for a sum spread over several years. */
export const YearShareSchema = z.strictObject({
  financialYear: FinancialYearSchema,
  amountPence: PenceSchema,
});

/**
 * One sum of money: a single thing with a history of stages (proposed, recommended, approved… as
 * the record's vocabulary declares), so totals count it once, at its latest stage.
 */
export const SumSchema = z
  .strictObject({
    id: IdSchema,
    label: LineSchema(120),
    amountPence: PenceSchema,
    /** True when the decision allowed "up to" this amount rather than exactly it: a ceiling. */
    upTo: z.boolean().default(false),
    /** Money going out (spending) or coming in (recovered, grants received); totals never net the two. */
    direction: z.enum(["out", "in"]).default("out"),
    /** An id from `funds` in data/vocabularies.json. */
    fund: IdSchema,
    /** The one financial year the sum falls in; use `years` instead when it is spread over several. */
    financialYear: FinancialYearSchema.optional(),
    /** How the sum is spread over several financial years; the shares add up to amountPence. */
    years: z.array(YearShareSchema).min(2).optional(),
    stages: z.array(MoneyStageEventSchema).min(1),
    note: LineSchema(400).optional(),
  })
  .superRefine((sum, ctx) => {
    if (sum.financialYear === undefined && sum.years === undefined) {
      ctx.addIssue({ code: "custom", path: ["financialYear"], input: undefined, message: "is required (expected the form 2014/15; or list years when the sum is spread over several)" });
    }
    if (sum.financialYear !== undefined && sum.years !== undefined) {
      ctx.addIssue({ code: "custom", path: ["years"], input: sum.years, message: "give either financialYear or years, not both" });
    }
    if (sum.years !== undefined) {
      const added = sum.years.reduce((n, y) => n + y.amountPence, 0);
      if (added !== sum.amountPence) {
        ctx.addIssue({ code: "custom", path: ["years"], input: sum.years, message: `the years add up to ${added} pence, not the sum's amountPence ${sum.amountPence}; they must agree` });
      }
      const seen = new Set<string>();
      sum.years.forEach((y, i) => {
        if (seen.has(y.financialYear)) ctx.addIssue({ code: "custom", path: ["years", i, "financialYear"], input: y.financialYear, message: `"${y.financialYear}" is listed twice; give each year once` });
        seen.add(y.financialYear);
      });
    }
  });

export const FundingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sums: z.array(SumSchema).default([]),
  /** The format before money stages; `npm run migrate` rewrites it. */
  lines: z.never({ error: "is the format from before money stages; run npm run migrate to rewrite this file (see CONTENT.md#money)" }).optional(),
});

export type Sum = z.infer<typeof SumSchema>;
export type MoneyStageEvent = z.infer<typeof MoneyStageEventSchema>;
export type YearShare = z.infer<typeof YearShareSchema>;
export type Direction = Sum["direction"];
