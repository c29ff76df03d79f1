import type { ReportModel } from "../record/build-model.ts";
import { toCsv } from "./to-csv.ts";

/** One statistic with its source, as both downloads give it. */
function statisticRecords(model: ReportModel) {
  return model.statistics.map((s) => ({
    id: s.id,
    measure: s.measure,
    changePercent: s.changePercent,
    period: s.period,
    periodNote: s.periodNote,
    statedBy: s.statedByPerson ? { id: s.statedByPerson.id, name: s.statedByPerson.name } : undefined,
    source: { id: s.sourceItem.id, title: s.sourceItem.title, url: s.sourceItem.url },
    caveat: s.caveat,
  }));
}

/**
 * The demand statistics as CSV, one row per figure as its source states it.
 * @example statisticsCsv(model).split("\r\n")[0] // "\uFEFFid,measure,change_percent,…"
 */
export function statisticsCsv(model: ReportModel): string {
  const header = ["id", "measure", "change_percent", "period", "period_note", "stated_by", "source", "source_title", "caveat"];
  const rows = statisticRecords(model).map((s) => [s.id, s.measure, s.changePercent, s.period, s.periodNote, s.statedBy?.name, s.source.id, s.source.title, s.caveat]);
  return toCsv(header, rows);
}

/**
 * The demand statistics as JSON.
 * @example JSON.parse(statisticsJson(model)).statistics[0].changePercent // 70
 */
export function statisticsJson(model: ReportModel): string {
  const data = {
    title: `Demand statistics: ${model.site.title}`,
    about: new URL("demand/", model.site.url).href,
    notes: ["changePercent is the percentage change as the source states it; the periods differ between figures."],
    statistics: statisticRecords(model),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
