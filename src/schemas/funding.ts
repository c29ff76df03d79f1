import { z } from "zod";
import { IdSchema, LineSchema, PenceSchema } from "./common.ts";
import { showValue } from "../problems/show-value.ts";

/** Where the money comes from; labels are what residents read. */
export const funds = {
  "general-reserves": "General reserves",
  "reserves": "Reserves",
  "contingency": "Contingency",
  "approved-budget": "Approved budget",
  "government-grant": "Government grant",
} as const;

/** How far a sum had got: proposed (asked for), recommended (to the body that decides), approved. */
export const fundingStatuses = {
  proposed: "Proposed",
  recommended: "Recommended",
  approved: "Approved",
} as const;

/** A financial year as councils write it: `2014/15`, the second year following the first. */
export const FinancialYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { error: (iss) => `${showValue(iss.input)} is not a financial year (expected the form 2014/15)` })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)), {
    error: (iss) => `${showValue(iss.input)} is not a financial year (the second year must follow the first, as in 2014/15)`,
  });

/** One sum of money decided or reported, in whole pence so no rounding ever creeps in. */
export const FundingLineSchema = z.strictObject({
  id: IdSchema,
  label: LineSchema(120),
  amountPence: PenceSchema,
  /** True when the decision allowed "up to" this amount rather than exactly it. */
  upTo: z.boolean().default(false),
  fund: z.enum(Object.keys(funds) as [keyof typeof funds, ...(keyof typeof funds)[]]),
  financialYear: FinancialYearSchema,
  status: z.enum(Object.keys(fundingStatuses) as [keyof typeof fundingStatuses, ...(keyof typeof fundingStatuses)[]]),
  decidedBy: IdSchema,
  /** The entry that records the decision; its date is the decision date. */
  entry: IdSchema,
  sources: z.array(IdSchema).min(1),
  note: LineSchema(400).optional(),
});

export const FundingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  lines: z.array(FundingLineSchema),
});

export type FundingLine = z.infer<typeof FundingLineSchema>;
export type Fund = FundingLine["fund"];
export type FundingStatus = FundingLine["status"];
