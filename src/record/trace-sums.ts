import type { Entry } from "../schemas/entry.ts";
import type { MoneyStageEvent, Sum, YearShare } from "../schemas/funding.ts";
import type { MoneyStage, StageCounts, Term } from "../schemas/vocabularies.ts";

/** One stage a sum reached, with the entry that records it: the stage's date is that entry's date. */
export interface StageReached extends MoneyStageEvent {
  term: MoneyStage;
  /** The recording entry's place in timeline order. */
  position: number;
  date: string;
}

/** A sum with its history resolved: every stage in timeline order, and the latest one it reached. */
export interface SumHistory extends Omit<Sum, "stages"> {
  fundTerm: Term;
  stages: StageReached[];
  latest: StageReached;
  /** What the latest stage means for totals. */
  counts: StageCounts;
  /** The amount by financial year: the one year, or the spread the record gives. */
  shares: YearShare[];
}

/**
 * Resolves every sum's stages against the vocabulary and the timeline, so each sum is one thing
 * whose latest stage decides where the totals count it.
 * `position` maps an entry id to its place in timeline order.
 */
export function traceSums(sums: readonly Sum[], stages: readonly MoneyStage[], funds: readonly Term[], entries: ReadonlyMap<string, Pick<Entry, "date">>, position: ReadonlyMap<string, number>): SumHistory[] {
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const fundById = new Map(funds.map((f) => [f.id, f]));
  return sums
    .map((sum) => {
      const reached = sum.stages
        .map((s): StageReached => ({ ...s, term: stageById.get(s.stage)!, position: position.get(s.entry) ?? -1, date: entries.get(s.entry)?.date ?? "" }))
        .sort((a, b) => a.position - b.position);
      const latest = reached.at(-1)!;
      const { stages: _stages, ...rest } = sum;
      return {
        ...rest,
        fundTerm: fundById.get(sum.fund)!,
        stages: reached,
        latest,
        counts: latest.term.counts,
        shares: sum.years ?? [{ financialYear: sum.financialYear!, amountPence: sum.amountPence }],
      };
    })
    .sort((a, b) => a.stages[0]!.position - b.stages[0]!.position);
}
