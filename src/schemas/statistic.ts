import { z } from "zod";
import { IdSchema, LineSchema } from "./common.ts";

/** A change in demand as a source states it, e.g. referrals up 70% from 2012/13 to 2013/14. */
export const StatisticSchema = z.strictObject({
  id: IdSchema,
  measure: LineSchema(160),
  /** Percentage change as stated; negative for a fall. */
  changePercent: z.number().min(-100).max(10000),
  period: LineSchema(120),
  periodNote: LineSchema(400).optional(),
  source: IdSchema,
  /** Who gave the figure, when the source attributes it to someone. */
  statedBy: IdSchema.optional(),
  caveat: LineSchema(400).optional(),
});

export const StatisticsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  statistics: z.array(StatisticSchema),
});

export type Statistic = z.infer<typeof StatisticSchema>;
