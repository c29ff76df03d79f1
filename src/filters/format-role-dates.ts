import type { Role } from "../schemas/person.ts";
import { formatDay, formatMonth } from "./format-record-date.ts";

/**
 * A date written only as exactly as the sources give it: `2014`, `2014-11` or `2014-11-10`.
 * @example formatPartialDate("2014-11") // "November 2014"
 */
export function formatPartialDate(partial: string): string {
  if (partial.length === 4) return partial;
  if (partial.length === 7) return formatMonth(`${partial}-01`);
  return formatDay(partial);
}

/**
 * When someone held a role, in words, never more exact than the sources; empty when they give no dates.
 * @example formatRoleDates({ to: "2014-11" }) // "Until November 2014"
 */
export function formatRoleDates({ from, to, seen }: Pick<Role, "from" | "to" | "seen">): string {
  const parts: string[] = [];
  if (from && to) parts.push(`From ${formatPartialDate(from)} to ${formatPartialDate(to)}`);
  else if (from) parts.push(`From ${formatPartialDate(from)}`);
  else if (to) parts.push(`Until ${formatPartialDate(to)}`);
  if (seen) parts.push(`${parts.length > 0 ? "in the role" : "In the role"} in ${formatPartialDate(seen)}, according to the sources`);
  return parts.join("; ");
}
