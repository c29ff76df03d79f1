import type { Direction } from "../schemas/funding.ts";
import type { MoneyStage } from "../schemas/vocabularies.ts";
import type { MoneyAmount } from "./money-amount.ts";
import { displayOrder } from "./money-totals.ts";
import type { StageReached, SumHistory } from "./trace-sums.ts";

/** What one entry did to the money, and where every sum stood after it. */
export interface MoneyPoint {
  entryId: string;
  /** The stages this entry recorded, each with its sum. */
  added: { sum: SumHistory; stage: StageReached }[];
  /** For each direction, the amount at each stage after this entry, one per column of `columns`. */
  toDate: Record<Direction, MoneyAmount[]>;
}

/** Where the money stood after each entry that recorded a stage of a sum, in timeline order. */
export interface MoneyOverTime {
  /** The stages any sum reached, per direction, in display order: the columns of every point. */
  columns: Record<Direction, MoneyStage[]>;
  points: MoneyPoint[];
}

/**
 * Running totals in timeline order, each sum counted once, at the latest stage it had reached by
 * then: when full council approves what cabinet recommended, the sum moves from one column to the
 * other rather than appearing twice. Linear in the number of stages.
 */
export function moneyOverTime(sums: readonly SumHistory[], stages: readonly MoneyStage[]): MoneyOverTime {
  const ordered = displayOrder(stages);
  const columns = {
    out: ordered.filter((st) => sums.some((s) => s.direction === "out" && s.stages.some((r) => r.stage === st.id))),
    in: ordered.filter((st) => sums.some((s) => s.direction === "in" && s.stages.some((r) => r.stage === st.id))),
  };
  const events = sums.flatMap((sum) => sum.stages.map((stage) => ({ sum, stage }))).sort((a, b) => a.stage.position - b.stage.position);
  const running = new Map<string, { fixedPence: number; upToPence: number; count: number }>();
  const slot = (sum: SumHistory, stage: string) => {
    const key = `${sum.direction}\0${stage}`;
    if (!running.has(key)) running.set(key, { fixedPence: 0, upToPence: 0, count: 0 });
    return running.get(key)!;
  };
  const move = (sum: SumHistory, stage: string, sign: 1 | -1) => {
    const s = slot(sum, stage);
    if (sum.upTo) s.upToPence += sign * sum.amountPence;
    else s.fixedPence += sign * sum.amountPence;
    s.count += sign;
  };
  const current = new Map<string, string>();
  const points: MoneyPoint[] = [];
  events.forEach((event, i) => {
    const before = current.get(event.sum.id);
    if (before !== undefined) move(event.sum, before, -1);
    move(event.sum, event.stage.stage, 1);
    current.set(event.sum.id, event.stage.stage);
    const last = points.at(-1);
    if (last && last.entryId === event.stage.entry) last.added.push(event);
    else points.push({ entryId: event.stage.entry, added: [event], toDate: { out: [], in: [] } });
    if (events[i + 1]?.stage.entry !== event.stage.entry) {
      const snapshot = (direction: Direction) =>
        columns[direction].map((st) => {
          const { fixedPence, upToPence, count } = running.get(`${direction}\0${st.id}`) ?? { fixedPence: 0, upToPence: 0, count: 0 };
          return { pence: fixedPence + upToPence, fixedPence, upToPence, count };
        });
      points.at(-1)!.toDate = { out: snapshot("out"), in: snapshot("in") };
    }
  });
  return { columns, points };
}
