import { changeChart } from "../charts/change-chart.ts";
import { formatChangePercent, formatChangeShort } from "../filters/format-change-percent.ts";
import { formatMoney, formatNumber, type MoneyLocale } from "../filters/format-money.ts";
import type { RecordModel } from "../record/build-model.ts";
import type { StatisticUnit } from "../schemas/statistic.ts";

/** The page of figures, named by the record; generic words where it says nothing. */
export const statisticsPageDefaults = {
  title: "Figures",
  navLabel: "Figures",
  path: "figures",
  description: "Every figure the sources give, with its period, source and caveats.",
  lead: "The figures the sources give, each as stated, with the period it covers and where it comes from.",
  sectionTitle: "Figures",
  chartTitle: "Change in each figure",
  downloadsLabel: "Figures",
};

const unitWords: Record<Exclude<StatisticUnit, "count" | "percent" | "pence">, [string, string]> = {
  days: ["day", "days"], weeks: ["week", "weeks"], months: ["month", "months"], years: ["year", "years"],
};

/**
 * A figure in its unit, in the record's language: "4,312 repairs", "18%", "87 days", "£1.2m".
 * @example formatFigure(87, "days", undefined, locale) // "87 days"
 */
export function formatFigure(value: number, unit: StatisticUnit, unitLabel: string | undefined, locale: MoneyLocale): string {
  if (unit === "pence") return formatMoney(value, locale);
  const number = formatNumber(value, locale.language);
  if (unit === "percent") return `${number}%`;
  if (unit === "count") return unitLabel ? `${number} ${unitLabel}` : number;
  return `${number} ${unitWords[unit][value === 1 ? 0 : 1]}`;
}

/** The statistics as the pages show them, with the page's own name, address and headings. */
export function statisticsView<P, S>(model: RecordModel, locale: MoneyLocale, resolve: { person: (id: string) => P; source: (id: string) => S }) {
  const page = { ...statisticsPageDefaults, ...model.record.statisticsPage };
  const url = `/${page.path}/`;
  const statistics = model.statistics.map((s) => {
    const figure = (value: number) => (s.unit ? formatFigure(value, s.unit, s.unitLabel, locale) : formatNumber(value, locale.language));
    return {
      ...s,
      valueText: s.value !== undefined ? figure(s.value) : undefined,
      beforeText: s.before ? figure(s.before.value) : undefined,
      targetText: s.target ? figure(s.target.value) : undefined,
      /** The change, when there is one: as stated by the source, or worked out from its two figures. */
      changeText: s.change ? formatChangePercent(s.change.percent, locale.language) : undefined,
      changeShort: s.change ? formatChangeShort(s.change.percent, locale.language) : undefined,
      changeFrom: s.change?.from,
      changeFromText: s.change ? (s.change.from === "source" ? "as the source states it" : "worked out from the two figures the source gives") : undefined,
      /** The headline a resident reads first: the figure when there is one, else the change. */
      headline: s.value !== undefined ? figure(s.value) : formatChangePercent(s.change!.percent, locale.language),
      url: `${url}#statistic-${s.id}`,
      sourceItem: resolve.source(s.source),
      statedByPerson: s.statedBy ? resolve.person(s.statedBy) : undefined,
    };
  });
  const withChange = statistics.filter((s) => s.change !== undefined);
  return {
    page: { ...page, url },
    statistics,
    /** The caveats the sources give, each once, for the top of the page. */
    caveats: [...new Set(statistics.flatMap((s) => (s.caveat ? [s.caveat] : [])))],
    /** The distinct periods the figures cover; more than one means they do not compare like with like. */
    periods: [...new Set(statistics.map((s) => s.period))],
    hasValues: statistics.some((s) => s.value !== undefined),
    hasChanges: withChange.length > 0,
    hasTargets: statistics.some((s) => s.target !== undefined),
    hasBefore: statistics.some((s) => s.before !== undefined),
    chart: withChange.length > 0
      ? changeChart(page.chartTitle, withChange.map((s) => ({ measure: s.measure, percent: s.change!.percent, changeText: s.changeText!, changeShort: s.changeShort!, period: s.before ? `${s.before.period} to ${s.period}` : s.period })))
      : undefined,
  };
}

export type StatisticsView = ReturnType<typeof statisticsView>;
