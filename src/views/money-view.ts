import type { ChartFill } from "../charts/chart-spec.ts";
import { moneyByRowChart, moneyOverTimeChart } from "../charts/money-charts.ts";
import { formatMoney, formatMoneyExact, type MoneyLocale } from "../filters/format-money.ts";
import type { RecordModel } from "../record/build-model.ts";
import type { MoneyAmount } from "../record/money-amount.ts";
import { displayOrder, type MoneyFlow, type TotalRow } from "../record/money-totals.ts";
import type { StageReached, SumHistory } from "../record/trace-sums.ts";
import type { Direction } from "../schemas/funding.ts";
import type { MoneyStage } from "../schemas/vocabularies.ts";
import { moneyTotalView } from "./money-total-view.ts";

/** What the page views need to turn ids into people, sources and entry links. */
export interface Resolvers<P, S, R> {
  person: (id: string) => P;
  source: (id: string) => S;
  entry: (id: string) => R;
}

const directionWords: Record<Direction, { heading: string }> = {
  out: { heading: "Money going out" },
  in: { heading: "Money coming in" },
};

/** Each stage keeps its fill on every chart, so a legend means the same everywhere: solid for the furthest stage. */
const fillFor = (stages: readonly MoneyStage[]) => {
  const fills: ChartFill[] = ["solid", "stripes", "dots"];
  const ordered = displayOrder(stages);
  return (id: string) => fills[Math.max(0, ordered.findIndex((s) => s.id === id)) % fills.length]!;
};

const stageLabel = (s: MoneyStage) => ({ status: s.id, label: s.label, note: s.meaning, counts: s.counts });

/** The years a sum falls in, as residents read them: "2014/15", or "2021/22 to 2023/24". */
const yearsText = (sum: SumHistory) =>
  sum.shares.length === 1 ? sum.shares[0]!.financialYear : `${sum.shares[0]!.financialYear} to ${sum.shares.at(-1)!.financialYear}`;

/**
 * The money as the pages show it: each sum with its stages, the totals going out and coming in
 * (never netted), the running totals and the charts, all formatted in the record's language and currency.
 */
export function moneyView<P, S extends { id: string }, R>(model: RecordModel, locale: MoneyLocale, resolve: Resolvers<P, S, R>) {
  const { moneyStages } = model.record.vocabularies;
  const fill = fillFor(moneyStages);
  const amountText = (pence: number, upTo: boolean) => `${upTo ? "up to " : ""}${formatMoney(pence, locale)}`;
  const total = (amount: MoneyAmount) => moneyTotalView(amount, locale);

  const stageView = (stage: StageReached) => ({
    ...stageLabel(stage.term),
    entry: stage.entry,
    decision: resolve.entry(stage.entry),
    decidedBy: stage.decidedBy,
    decidedByPerson: resolve.person(stage.decidedBy),
    sources: stage.sources,
    sourceList: stage.sources.map(resolve.source),
    stageNote: stage.note,
  });

  const sums = model.sums.map((sum) => {
    const stages = sum.stages.map(stageView);
    const latest = stages.at(-1)!;
    const sourceIds = [...new Set(sum.stages.flatMap((s) => s.sources))];
    return {
      id: sum.id,
      label: sum.label,
      note: sum.note,
      amountPence: sum.amountPence,
      upTo: sum.upTo,
      direction: sum.direction,
      directionLabel: directionWords[sum.direction].heading,
      amountText: amountText(sum.amountPence, sum.upTo),
      amountExact: formatMoneyExact(sum.amountPence, locale),
      fund: sum.fund,
      fundLabel: sum.fundTerm.label,
      financialYear: yearsText(sum),
      years: sum.shares.map((y) => ({ ...y, amountText: amountText(y.amountPence, sum.upTo) })),
      spread: sum.shares.length > 1,
      /** Every stage the sum reached, in timeline order; the last is where the totals count it. */
      stages,
      latest,
      status: latest.status,
      statusLabel: latest.label,
      counts: sum.counts,
      decidedBy: latest.decidedBy,
      decidedByPerson: latest.decidedByPerson,
      entry: latest.entry,
      decision: latest.decision,
      sources: sourceIds,
      sourceList: sourceIds.map(resolve.source),
    };
  });
  const sumsById = new Map(sums.map((s) => [s.id, s]));

  const flowView = (flow: MoneyFlow) => {
    const stagesShown = flow.byStage.map((t) => ({ ...stageLabel(t.stage), fill: fill(t.stage.id) }));
    const rowView = (label: string, id: string, r: TotalRow<unknown>) => ({
      id,
      label,
      cells: r.cells.map((c, i) => ({ status: stagesShown[i]!.status, label: stagesShown[i]!.label, total: c ? total(c) : undefined })),
      total: total(r.amount),
    });
    const byFund = flow.byFund.map((r) => rowView(r.key.label, r.key.id, r));
    const byYear = flow.byYear.map((r) => rowView(r.key, r.key.replace("/", "-"), r));
    const chartCells = (r: (typeof byFund)[number]) => ({ label: r.label, cells: r.cells.map((c) => (c.total ? { pence: c.total.pence, text: c.total.text } : undefined)) });
    const suffix = flow.direction === "in" ? "-in" : "";
    return {
      direction: flow.direction,
      heading: directionWords[flow.direction].heading,
      /** What every total of this flow counts, in one sentence. */
      countsText: "Each sum is counted once, at the latest stage the record shows it reached.",
      sums: sums.filter((s) => s.direction === flow.direction),
      statusesUsed: stagesShown,
      byStatus: flow.byStage.map((t) => ({ ...stageLabel(t.stage), total: total(t.amount) })),
      byFund,
      byYear,
      all: total(flow.all),
      hasUpTo: flow.sums.some((s) => s.upTo),
      /** Sums whose latest stage counts for nothing (withdrawn) are listed but left out of every row total. */
      leftOut: flow.byCounts.find((c) => c.counts === "none") ? total(flow.byCounts.find((c) => c.counts === "none")!.amount) : undefined,
      charts: {
        byFund: moneyByRowChart(`money-by-fund${suffix}`, `${directionWords[flow.direction].heading}: by fund and stage`, stagesShown, byFund.map(chartCells), locale),
        byYear: byYear.length > 1 ? moneyByRowChart(`money-by-year${suffix}`, `${directionWords[flow.direction].heading}: by financial year and stage`, stagesShown, byYear.map(chartCells), locale) : undefined,
      },
    };
  };
  const out = flowView(model.money.out);
  const income = flowView(model.money.in);

  const { columns, points } = model.money.overTime;
  const columnViews = (direction: Direction) => columns[direction].map((s) => ({ ...stageLabel(s), fill: fill(s.id) }));
  const overTime = points.map((p) => ({
    entryId: p.entryId,
    decision: resolve.entry(p.entryId),
    added: p.added.map(({ sum, stage }) => ({ ...sumsById.get(sum.id)!, statusLabel: stage.term.label, status: stage.stage })),
    toDate: p.toDate.out.map((amount, i) => ({ ...columnViews("out")[i]!, total: total(amount) })),
    incomeToDate: p.toDate.in.map((amount, i) => ({ ...columnViews("in")[i]!, total: total(amount) })),
  }));

  /** The stages an entry records, each as its sum with this stage's label and decider: "Recommended by Cabinet". */
  const recordedBy = (entryId: string) =>
    (model.money.stagesByEntry.get(entryId) ?? []).map(({ sum, stage }) => {
      const view = stageView(stage);
      return { ...sumsById.get(sum.id)!, status: view.status, statusLabel: view.label, decidedBy: view.decidedBy, decidedByPerson: view.decidedByPerson, stageNote: view.stageNote, stageHere: view };
    });

  return {
    sums,
    /** The stages some sum reached, in the vocabulary's order, each with what it means: the page's key. */
    stagesInUse: moneyStages.filter((st) => model.sums.some((s) => s.stages.some((r) => r.stage === st.id))).map(stageLabel),
    out,
    in: income,
    /** Money going out first; money coming in shown apart, and only when there is any. */
    flows: [out, ...(income.sums.length > 0 ? [income] : [])],
    columns: columnViews("out"),
    incomeColumns: columnViews("in"),
    overTime,
    recordedBy,
    charts: {
      moneyOverTime: moneyOverTimeChart(columnViews("out"), overTime.filter((p) => p.toDate.some((t) => t.total.count > 0)).map((p) => ({ dateText: (p.decision as { dateText: string }).dateText, toDate: p.toDate.map((t) => ({ pence: t.total.pence, text: t.total.text })) })), locale),
      moneyByFund: out.charts.byFund,
    },
  };
}

export type MoneyView = ReturnType<typeof moneyView>;
