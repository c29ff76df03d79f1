import { formatMoney, formatMoneyExact } from "../filters/format-money.ts";
import { positionAt } from "../problems/position-at.ts";
import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";
import type { FundingLine } from "../schemas/funding.ts";
import { amountInPence, findAmounts, type WrittenAmount } from "./find-amounts.ts";

const show = (pence: number) => {
  const short = formatMoney(pence);
  return short.startsWith("about") ? formatMoneyExact(pence) : short;
};

/** The closest known amount within a quarter either way: a typo such as £4.6m for £4.8m, not a different sum. */
function closest(pence: number | undefined, known: readonly number[]): number | undefined {
  if (pence === undefined) return undefined;
  let best: number | undefined;
  for (const k of known) {
    if (Math.abs(k - pence) <= k / 4 && (best === undefined || Math.abs(k - pence) < Math.abs(best - pence))) best = k;
  }
  return best;
}

/**
 * Money in words agrees with money in data: every amount written with £ in an entry's title,
 * summary or text must be the amount of a funding line that the entry lists, or that an entry
 * dated on or before it records (text may say "on top of the £4.8m" decided earlier), or be
 * listed under the entry's `otherAmounts` on purpose. Every `otherAmounts` item must be a £ amount
 * that the text really contains, so the escape hatch never outlives the words it excuses.
 * The rule is explained to editors in CONTENT.md#money-in-the-text.
 */
export function checkAmounts(entries: readonly Entry[], funding: readonly FundingLine[], locators: Map<string, Locate>): Problem[] {
  const problems: Problem[] = [];
  const dateOf = new Map(entries.map((e) => [e.id, e.date]));
  const amountOf = new Map(funding.map((f) => [f.id, f.amountPence]));
  // The earliest date each amount was recorded: one lookup per written amount, instead of a pass
  // over every funding line for every entry (quadratic: 3 s of a 5 s check at 10,000 entries).
  const earliest = new Map<number, string>();
  for (const f of funding) {
    const date = dateOf.get(f.entry) ?? "9999";
    if ((earliest.get(f.amountPence) ?? "9999") > date) earliest.set(f.amountPence, date);
  }

  for (const e of entries) {
    const locate = locators.get(e.file);
    const at = (path: (string | number)[]) => (locate ? locate(path) : { line: 1, column: 1 });
    const own = new Set(e.funding.map((id) => amountOf.get(id)));
    const isKnown = (pence: number) => own.has(pence) || (earliest.get(pence) ?? "9999") <= e.date;
    // Only a problem needs the whole list, for its "expected" and "did you mean".
    const knownList = () => funding.filter((f) => own.has(f.amountPence) || isKnown(f.amountPence)).map((f) => f.amountPence);

    const excused = new Map<number, number>();
    e.otherAmounts.forEach((text, i) => {
      const pence = amountInPence(text);
      if (pence === undefined) {
        problems.push({ file: e.file, ...at(["otherAmounts", i]), field: formatFieldPath(["otherAmounts", i]), message: `"${text}" is not an amount written with £ (expected something like "£5 million" or "£250,000")` });
      } else excused.set(pence, i);
    });

    const written: { amount: WrittenAmount; field: string; line: number; column: number }[] = [
      ...findAmounts(e.title).map((amount) => ({ amount, field: "title", ...at(["title"]) })),
      ...findAmounts(e.summary).map((amount) => ({ amount, field: "summary", ...at(["summary"]) })),
      ...findAmounts(e.body).map((amount) => {
        const p = positionAt(e.body, amount.index);
        return { amount, field: "body", line: e.bodyLine + p.line - 1, column: p.column };
      }),
    ];
    const used = new Set<number>();
    for (const { amount, field, line, column } of written) {
      const { pence } = amount;
      if (pence !== undefined && excused.has(pence)) used.add(pence);
      if (pence !== undefined && (isKnown(pence) || excused.has(pence))) continue;
      const known = knownList();
      const near = closest(pence, known);
      const listed = [...new Set(known)].map(show);
      const hatch = "if it is deliberately not a funding line, list it under otherAmounts";
      const expected = listed.length > 0
        ? `expected one of ${listed.slice(0, 8).join(", ")}${listed.length > 8 ? ", ..." : ""}; ${hatch}`
        : `no funding line is recorded up to this date; ${hatch}`;
      problems.push({
        file: e.file, line, column, field,
        message: `"${amount.text}" is not the amount of any funding line of this entry or an earlier one (${near === undefined ? expected : hatch})${near === undefined ? "" : `; did you mean "${show(near)}"?`}`,
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
