import { formatDay } from "../filters/format-record-date.ts";
import type { ReportModel } from "./build-views.ts";
import { moneyByStage, type StageTotal } from "./money-by-stage.ts";

interface EventRef {
  title: string;
  url: string;
  dateText: string;
  dateTime?: string | undefined;
}

interface PromiseRef {
  id: string;
  text: string;
  status: string;
  statusLabel: string;
  due?: string | undefined;
}

export interface StandingInput {
  /** Every entry, in timeline order. */
  entries: readonly EventRef[];
  /** Money by stage, from moneyByStage. */
  money: readonly StageTotal[];
  promises: readonly PromiseRef[];
  /** Every promise status, in the order residents read them. */
  promiseStatuses: readonly { status: string; label: string }[];
  /** What the record says it does not yet show, in the editor's words. */
  stillUnknown?: readonly string[] | undefined;
  /** Today, as YYYY-MM-DD: a deadline before it has passed. */
  today: string;
}

/** The promise whose due date is the next to come, or, when all have passed, the one that passed last. */
export interface Deadline {
  passed: boolean;
  due: string;
  dueText: string;
  promise: PromiseRef;
  url: string;
}

/**
 * The state of the record in one place, for the top of the home page: the latest event, money by
 * stage, promises by status (every status with any promise, "not yet rated" among them), the next
 * or most recently passed deadline, and what the record says is still unknown. Computed from the
 * record; where it holds nothing, the part is left out rather than filled in.
 * @example whereThingsStand({ entries, money, promises, promiseStatuses, today: "2026-12-01" }).latest?.title
 */
export function whereThingsStand(input: StandingInput) {
  const latest = input.entries.at(-1);
  const dated = input.promises
    .filter((p): p is PromiseRef & { due: string } => p.due !== undefined)
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const next = dated.find((p) => p.due >= input.today) ?? dated.at(-1);
  const deadline: Deadline | undefined = next
    ? { passed: next.due < input.today, due: next.due, dueText: formatDay(next.due), promise: next, url: `/promises/#${next.id}` }
    : undefined;
  const promises = input.promiseStatuses
    .map((s) => ({ ...s, count: input.promises.filter((p) => p.status === s.status).length }))
    .filter((s) => s.count > 0);
  return {
    latest,
    entryCount: input.entries.length,
    money: input.money,
    promises,
    promiseCount: input.promises.length,
    deadline,
    stillUnknown: input.stillUnknown ?? [],
  };
}

export type WhereThingsStand = ReturnType<typeof whereThingsStand>;

/**
 * Where things stand, from the page model the templates read: the one place that knows which of its
 * parts the status block uses (registered as the `whereThingsStand` filter).
 * @example {% set s = report | whereThingsStand %}
 */
export function standingOf(model: StandingModel, today: string = new Date().toISOString().slice(0, 10)) {
  const standing = whereThingsStand({
    entries: model.entries,
    money: moneyByStage(model.money.byStatus),
    promises: model.promises,
    promiseStatuses: model.promiseScale,
    stillUnknown: model.site.stillUnknown,
    today,
  });
  // Money coming in is never set against money going out: it has a line of its own.
  return { ...standing, moneyIn: { heading: model.money.in.heading, stages: moneyByStage(model.money.in.byStatus) } };
}

/** The parts of the page model the status block reads. */
export type StandingModel = Pick<ReportModel, "entries" | "money" | "promises" | "promiseScale" | "site">;
