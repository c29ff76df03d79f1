import type { Direction } from "../schemas/funding.ts";
import { groupBy } from "./group-by.ts";
import { moneyOverTime } from "./money-over-time.ts";
import { moneyFlow } from "./money-totals.ts";
import type { ReportRecord } from "./report-record.ts";
import { sortEntries } from "./sort-entries.ts";
import { statisticChange } from "./statistic-change.ts";
import { traceSums } from "./trace-sums.ts";

/**
 * The record's meaning, as plain data: entries in timeline order, every sum with its stages, the
 * totals (each sum counted once, at its latest stage; money in apart from money out) and the
 * statistics with their changes. No formatted text and no chart settings: the page views in
 * src/views/ turn this into what each page shows.
 * @example buildRecordModel(record).money.out.byStage[0].amount.pence // 580000000
 */
export function buildRecordModel(record: ReportRecord) {
  const entries = sortEntries(record.entries, record.site.phases.map((p) => p.id));
  const position = new Map(entries.map((e, i) => [e.id, i]));
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  const { moneyStages, funds } = record.vocabularies;
  const sums = traceSums(record.funding, moneyStages, funds, entriesById, position);
  const flow = (direction: Direction) => moneyFlow(sums, direction, moneyStages, funds);
  const stagesByEntry = groupBy(
    sums.flatMap((sum) => sum.stages.map((stage) => ({ sum, stage }))),
    (s) => [s.stage.entry],
  );
  return {
    record,
    entries,
    /** Each entry's place in timeline order. */
    position,
    sums,
    money: {
      out: flow("out"),
      in: flow("in"),
      overTime: moneyOverTime(sums, moneyStages),
      /** The stages each entry records, with their sums: what the entry decides about money. */
      stagesByEntry,
    },
    statistics: record.statistics.map((s) => ({ ...s, change: statisticChange(s) })),
  };
}

export type RecordModel = ReturnType<typeof buildRecordModel>;
