import type { ReportModel } from "../views/build-views.ts";
import { toCsv } from "./to-csv.ts";

/** One statistic with its source, as both downloads give it. */
function statisticRecords(model: ReportModel) {
  return model.statistics.map((s) => ({
    id: s.id,
    measure: s.measure,
    unit: s.unit,
    unitLabel: s.unitLabel,
    value: s.value,
    valueText: s.valueText,
    period: s.period,
    periodNote: s.periodNote,
    before: s.before,
    changePercent: s.change?.percent,
    /** "source" when the source states the change; "values" when it was worked out from the two figures. */
    changeFrom: s.change?.from,
    target: s.target,
    statedBy: s.statedByPerson ? { id: s.statedByPerson.id, name: s.statedByPerson.name } : undefined,
    source: { id: s.sourceItem.id, title: s.sourceItem.title, url: s.sourceItem.url },
    caveat: s.caveat,
  }));
}

/**
 * The statistics as CSV, one row per figure as its source states it.
 * @example statisticsCsv(model).split("\r\n")[0] // "\uFEFFid,measure,change_percent,…"
 */
export function statisticsCsv(model: ReportModel): string {
  const header = ["id", "measure", "change_percent", "period", "period_note", "stated_by", "source", "source_title", "caveat", "unit", "value", "before_value", "before_period", "change_from", "target"];
  const rows = statisticRecords(model).map((s) => [
    s.id, s.measure, s.changePercent, s.period, s.periodNote, s.statedBy?.name, s.source.id, s.source.title, s.caveat,
    s.unit, s.value, s.before?.value, s.before?.period, s.changeFrom, s.target?.value,
  ]);
  return toCsv(header, rows);
}

/**
 * The statistics as JSON.
 * @example JSON.parse(statisticsJson(model)).statistics[0].changePercent // 70
 */
export function statisticsJson(model: ReportModel): string {
  const data = {
    title: `${model.figures.page.downloadsLabel}: ${model.site.title}`,
    about: new URL(model.figures.page.url.slice(1), model.site.url).href,
    notes: [
      "value is the figure in its unit (count, percent, days, weeks, months, years, or pence for money); before is the earlier figure it is compared to.",
      "changePercent is the percentage change; changeFrom says whether the source states it (source) or it was worked out from value and before (values). The periods may differ between figures.",
    ],
    statistics: statisticRecords(model),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
