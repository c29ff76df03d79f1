import type { Direction } from "../schemas/funding.ts";
import type { MoneyStage, StageCounts, Term } from "../schemas/vocabularies.ts";
import { addUp, type MoneyAmount } from "./money-amount.ts";
import type { SumHistory } from "./trace-sums.ts";

/** The sums at one stage, each counted once, at its latest stage. */
export interface StageTotal {
  stage: MoneyStage;
  amount: MoneyAmount;
}

/** One row of a table by fund or by year: an amount per stage shown (undefined where none), and the row's total. */
export interface TotalRow<K> {
  key: K;
  cells: (MoneyAmount | undefined)[];
  /** Every sum in the row at its latest stage, except those whose stage counts for nothing (withdrawn). */
  amount: MoneyAmount;
}

/** Money going one way, added up every way the pages show it. Never netted against the other way. */
export interface MoneyFlow {
  direction: Direction;
  sums: SumHistory[];
  /** Stages some sum is now at, in the order residents read them: spent, agreed, pending, then none. */
  byStage: StageTotal[];
  /** The same totals grouped by what the stages mean. */
  byCounts: { counts: StageCounts; amount: MoneyAmount }[];
  byFund: TotalRow<Term>[];
  /** By financial year, earliest first; a sum spread over years counts its share in each. */
  byYear: TotalRow<string>[];
  /** Every sum at its latest stage, except withdrawn ones. */
  all: MoneyAmount;
}

const countsOrder: readonly StageCounts[] = ["spent", "agreed", "pending", "none"];

/**
 * Stages in the order residents meet them in a total: what was spent, then agreed, then only asked
 * for, then withdrawn; within each, the furthest stage first.
 * @example displayOrder(vocabularies.moneyStages).map((s) => s.id) // ["approved", "recommended", "proposed"]
 */
export function displayOrder(stages: readonly MoneyStage[]): MoneyStage[] {
  const at = new Map(stages.map((s, i) => [s.id, i]));
  return [...stages].sort((a, b) => countsOrder.indexOf(a.counts) - countsOrder.indexOf(b.counts) || at.get(b.id)! - at.get(a.id)!);
}

/**
 * Totals for the sums going one way: each sum counted once, at its latest stage.
 * @example moneyFlow(sums, "out", vocabularies.moneyStages, vocabularies.funds).byStage[0].amount.pence
 */
export function moneyFlow(all: readonly SumHistory[], direction: Direction, stages: readonly MoneyStage[], funds: readonly Term[]): MoneyFlow {
  const sums = all.filter((s) => s.direction === direction);
  const shown = displayOrder(stages).filter((stage) => sums.some((s) => s.latest.stage === stage.id));
  const counted = (of: readonly SumHistory[]) => of.filter((s) => s.counts !== "none");
  const whole = (of: readonly SumHistory[]) => addUp(of.map((s) => ({ pence: s.amountPence, upTo: s.upTo })));
  const row = <K>(key: K, of: readonly SumHistory[], pence: (s: SumHistory) => number): TotalRow<K> => {
    const amount = (list: readonly SumHistory[]) => addUp(list.map((s) => ({ pence: pence(s), upTo: s.upTo })));
    return {
      key,
      cells: shown.map((stage) => {
        const cell = of.filter((s) => s.latest.stage === stage.id);
        return cell.length > 0 ? amount(cell) : undefined;
      }),
      amount: amount(counted(of)),
    };
  };
  const years = [...new Set(sums.flatMap((s) => s.shares.map((y) => y.financialYear)))].sort();
  return {
    direction,
    sums,
    byStage: shown.map((stage) => ({ stage, amount: whole(sums.filter((s) => s.latest.stage === stage.id)) })),
    byCounts: countsOrder
      .filter((c) => sums.some((s) => s.counts === c))
      .map((counts) => ({ counts, amount: whole(sums.filter((s) => s.counts === counts)) })),
    byFund: funds.filter((f) => sums.some((s) => s.fund === f.id)).map((fund) => row(fund, sums.filter((s) => s.fund === fund.id), (s) => s.amountPence)),
    byYear: years.map((year) =>
      row(year, sums.filter((s) => s.shares.some((y) => y.financialYear === year)), (s) => s.shares.find((y) => y.financialYear === year)!.amountPence),
    ),
    all: whole(counted(sums)),
  };
}
