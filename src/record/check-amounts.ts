import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";
import type { Sum } from "../schemas/funding.ts";
import { amountInPence, findAmounts, type WrittenAmount } from "./find-amounts.ts";
import { markdown } from "../markdown/markdown.ts";
import { readBody, type BodyReading } from "./read-body.ts";

/** How the check writes money in its messages, and the sign amounts are written with. */
export interface AmountWriting {
  /** An amount as editors write it, e.g. "£4.8m" (exact when the short form would round). */
  show: (pence: number) => string;
  /** The currency's sign in the text: "£" for GBP. */
  symbol: string;
}

/** The closest known amount within a quarter either way: a typo such as £4.6m for £4.8m, not a different sum. */
function closest(pence: number | undefined, known: readonly number[]): number | undefined {
  if (pence === undefined) return undefined;
  let best: number | undefined;
  for (const k of known) {
    if (Math.abs(k - pence) <= k / 4 && (best === undefined || Math.abs(k - pence) < Math.abs(best - pence))) best = k;
  }
  return best;
}

/** The amounts a sum can be written as: the whole sum, and each year's share when it is spread. */
const amountsOf = (sum: Sum) => [sum.amountPence, ...(sum.years ?? []).map((y) => y.amountPence)];

/**
 * Money in words agrees with money in data: every amount a resident reads in an entry's title,
 * summary or text (the rendered text: entities decoded, emphasis removed) must be the amount of a
 * sum one of whose stages this entry records, or whose stage an entry dated on or before it
 * records (text may say "on top of the £4.8m" decided earlier), or be listed under the entry's
 * `otherAmounts` on purpose. A published entry cannot lean on a draft's stage: drafts are not
 * published. Every `otherAmounts` item must be an amount the text really contains, so the escape
 * hatch never outlives the words it excuses. The rule is explained in CONTENT.md#money-in-the-text.
 */
export function checkAmounts(entries: readonly Entry[], funding: readonly Sum[], locators: Map<string, Locate>, writing: AmountWriting, read: (body: string) => BodyReading = readBody): Problem[] {
  const problems: Problem[] = [];
  const { show, symbol } = writing;
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Per amount, the earliest date a published stage and any stage (drafts too) record it: one
  // lookup per written amount instead of a pass over every sum for every entry (quadratic at 10,000 entries).
  const earliest = new Map<number, string>();
  const earliestAny = new Map<number, { date: string; entry: string }>();
  const ownAmounts = new Map<string, Set<number>>();
  for (const sum of funding) {
    for (const stage of sum.stages) {
      const recorder = byId.get(stage.entry);
      if (!recorder) continue;
      for (const pence of amountsOf(sum)) {
        if (!ownAmounts.has(recorder.id)) ownAmounts.set(recorder.id, new Set());
        ownAmounts.get(recorder.id)!.add(pence);
        if ((earliestAny.get(pence)?.date ?? "9999") > recorder.date) earliestAny.set(pence, { date: recorder.date, entry: recorder.id });
        if (!recorder.draft && (earliest.get(pence) ?? "9999") > recorder.date) earliest.set(pence, recorder.date);
      }
    }
  }

  for (const e of entries) {
    const locate = locators.get(e.file);
    const at = (path: (string | number)[]) => (locate ? locate(path) : { line: 1, column: 1 });
    const own = ownAmounts.get(e.id) ?? new Set<number>();
    // A draft is previewed with every other draft; a published entry sees only published stages.
    const before = e.draft ? new Map([...earliestAny].map(([p, v]) => [p, v.date])) : earliest;
    const isKnown = (pence: number) => own.has(pence) || (before.get(pence) ?? "9999") <= e.date;
    const knownList = () => [...new Set([...own, ...[...before].filter(([, date]) => date <= e.date).map(([p]) => p)])];

    const excused = new Map<number, number>();
    e.otherAmounts.forEach((text, i) => {
      const pence = amountInPence(text, symbol);
      if (pence === undefined) {
        problems.push({ file: e.file, ...at(["otherAmounts", i]), field: formatFieldPath(["otherAmounts", i]), message: `"${text}" is not an amount written with ${symbol} (expected something like "${symbol}5 million" or "${symbol}250,000")` });
      } else excused.set(pence, i);
    });

    // Placed only when reported: a locator kept from an earlier check parses the file again (kept-result.ts).
    const written: { amount: WrittenAmount; field: string; where: () => { line: number; column: number } }[] = [
      ...findAmounts(e.title, symbol).map((amount) => ({ amount, field: "title", where: () => at(["title"]) })),
      ...findAmounts(e.summary, symbol).map((amount) => ({ amount, field: "summary", where: () => at(["summary"]) })),
      ...bodyAmounts(e, symbol, read),
    ];
    const used = new Set<number>();
    for (const { amount, field, where } of written) {
      const { pence } = amount;
      if (pence !== undefined && excused.has(pence)) used.add(pence);
      if (pence !== undefined && (isKnown(pence) || excused.has(pence))) continue;
      const hatch = "if it is deliberately not a sum in data/funding.json, list it under otherAmounts";
      const draft = pence === undefined ? undefined : earliestAny.get(pence);
      if (!e.draft && draft && draft.date <= e.date && byId.get(draft.entry)?.draft) {
        problems.push({
          file: e.file, ...where(), field,
          message: `"${amount.text}" is backed only by a stage recorded by the draft entry "${draft.entry}", which is not published; publish that entry first, or ${hatch}`,
        });
        continue;
      }
      const known = knownList();
      const near = closest(pence, known);
      const listed = known.map(show);
      const expected = listed.length > 0
        ? `expected one of ${listed.slice(0, 8).join(", ")}${listed.length > 8 ? ", ..." : ""}; ${hatch}`
        : `no sum is recorded up to this date; ${hatch}`;
      problems.push({
        file: e.file, ...where(), field,
        message: `"${amount.text}" is not the amount of any sum whose stage this entry or an earlier one records (${near === undefined ? expected : hatch})${near === undefined ? "" : `; did you mean "${show(near)}"?`}`,
      });
    }
    for (const [pence, i] of excused) {
      if (!used.has(pence)) {
        problems.push({
          file: e.file, ...at(["otherAmounts", i]), field: formatFieldPath(["otherAmounts", i]),
          message: `"${e.otherAmounts[i]}" is not written in the title, summary or text; remove it from otherAmounts`,
        });
      }
    }
  }
  return problems;
}

/** Where the next currency sign is written from `from`: the sign itself, or an entity for it (`&pound;`, `&#163;`). */
function nextSign(raw: string, from: number, symbol: string): { index: number; length: number } | undefined {
  const plain = raw.indexOf(symbol, from);
  const entity = /&[#a-zA-Z0-9]+;/g;
  entity.lastIndex = from;
  for (let m = entity.exec(raw); m && (plain < 0 || m.index < plain); m = entity.exec(raw)) {
    if (markdown.utils.unescapeAll(m[0]) === symbol) return { index: m.index, length: m[0].length };
  }
  return plain >= 0 ? { index: plain, length: symbol.length } : undefined;
}

/**
 * The amounts in the rendered text, located at the source line, and at the column where the
 * source writes each one: literally when it can, else at the next currency sign or the entity for
 * one, so "&pound;9m,&pound;8m" locates each at its own sign and "£&#57;m" once.
 */
function bodyAmounts(e: Entry, symbol: string, read: (body: string) => BodyReading) {
  let source: string[] | undefined;
  return read(e.body).linesWithFigures.flatMap(({ text, line }) => {
    const found = findAmounts(text, symbol);
    if (found.length === 0) return [];
    source ??= e.body.split("\n");
    const raw = source[line] ?? "";
    let cursor = 0;
    return found.map((amount) => {
      const literal = raw.indexOf(amount.text, cursor);
      const sign = literal >= 0 ? undefined : nextSign(raw, cursor, symbol);
      const at = literal >= 0 ? literal : (sign?.index ?? cursor);
      // The next amount is looked for after this one, or after its sign when it is written otherwise.
      cursor = literal >= 0 ? at + amount.text.length : sign ? sign.index + sign.length : cursor;
      const place = { line: e.bodyLine + line, column: at + 1 };
      return { amount, field: "body", where: () => place };
    });
  });
}
