import * as z from "zod";
import { IdSchema, LineSchema } from "./common.ts";

/**
 * What a figure measures in: a number of things, a share, a length of time, or money (in whole
 * pence, like every sum). The unit decides how the figure is written and which figures a chart
 * may put side by side.
 */
export const statisticUnits = ["count", "percent", "days", "weeks", "months", "years", "pence"] as const;
export const StatisticUnitSchema = z.enum(statisticUnits);

/** The earlier figure of a before-and-after pair, with the period it covers. */
export const EarlierFigureSchema = z.strictObject({
  value: z.number(),
  period: LineSchema(120),
});

/** What the figure is meant to be, when a source states a target (87 days against a target of 28). */
export const TargetSchema = z.strictObject({
  value: z.number(),
  note: LineSchema(200).optional(),
});

/**
 * One figure as a source states it: a value in its unit (a backlog of 4,312 repairs, 87 days,
 * 18% of homes), optionally with the earlier figure it is compared to, a change the source states,
 * and a target. A change the source does not state is worked out from the two values, and says so.
 */
export const StatisticSchema = z
  .strictObject({
    id: IdSchema,
    measure: LineSchema(160),
    unit: StatisticUnitSchema.optional(),
    /** What is counted, after the number: "repairs" in "4,312 repairs". */
    unitLabel: LineSchema(40).optional(),
    /** The figure, or the later figure of a before-and-after pair. */
    value: z.number().optional(),
    /** The period the figure (or the change) covers, as the source names it. */
    period: LineSchema(120),
    periodNote: LineSchema(400).optional(),
    before: EarlierFigureSchema.optional(),
    /** Percentage change as the source states it; negative for a fall. */
    changePercent: z.number().min(-100).max(10000).optional(),
    target: TargetSchema.optional(),
    source: IdSchema,
    /** Who gave the figure, when the source attributes it to someone. */
    statedBy: IdSchema.optional(),
    caveat: LineSchema(400).optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], input: (s as Record<string, unknown>)[path], message });
    if (s.value === undefined && s.changePercent === undefined) issue("value", "is required when there is no changePercent (expected the figure as the source states it)");
    if (s.value !== undefined && s.unit === undefined) issue("unit", `is required with a value (expected one of ${statisticUnits.map((u) => `"${u}"`).join(", ")})`);
    if (s.before !== undefined && s.value === undefined) issue("before", "needs the later figure under value to compare with");
    if (s.target !== undefined && s.value === undefined) issue("target", "needs the figure under value to set against it");
    if (s.unit === "pence" && s.value !== undefined && !Number.isInteger(s.value)) issue("value", `${s.value} is not a whole number of pence (expected the amount times 100)`);
  });

/** How the page of figures is named and introduced; each is optional, with a generic default. */
export const StatisticsPageSchema = z.strictObject({
  /** The page's heading and title, e.g. "Demand on the service". */
  title: LineSchema(120).optional(),
  /** The word in the site navigation, e.g. "Demand". */
  navLabel: LineSchema(30).optional(),
  /** The page's address, one lower-case word or words joined by hyphens: "demand" gives /demand/. */
  path: IdSchema.optional(),
  /** The page's meta description, for search engines and shared links. */
  description: LineSchema(300).optional(),
  /** The paragraph under the heading. */
  lead: LineSchema(600).optional(),
  /** The heading of the section on the home page and in the full report. */
  sectionTitle: LineSchema(80).optional(),
  /** The chart's heading. */
  chartTitle: LineSchema(120).optional(),
  /** What the downloads are called, e.g. "Demand statistics". */
  downloadsLabel: LineSchema(80).optional(),
});

export const StatisticsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  page: StatisticsPageSchema.default({}),
  statistics: z.array(StatisticSchema),
});

export type Statistic = z.infer<typeof StatisticSchema>;
export type StatisticUnit = z.infer<typeof StatisticUnitSchema>;
export type StatisticsPage = z.infer<typeof StatisticsPageSchema>;
export type StatisticsFile = z.infer<typeof StatisticsFileSchema>;
