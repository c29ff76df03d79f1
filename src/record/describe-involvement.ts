const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line saying how much of the record concerns a person or body, for the people index.
 * @example describeInvolvement({ entries: 3, decisions: 0, quotes: 6, promises: 0 }) // "Named in 3 events; quoted 6 times."
 */
export function describeInvolvement({ entries, decisions, quotes, promises }: { entries: number; decisions: number; quotes: number; promises: number }): string {
  const parts = [
    entries > 0 ? `named in ${count(entries, "event", "events")}` : "named in no event",
    decisions > 0 ? `took ${count(decisions, "decision", "decisions")}` : "",
    quotes > 0 ? `quoted ${count(quotes, "time", "times")}` : "",
    promises > 0 ? `made ${count(promises, "promise", "promises")}` : "",
  ].filter((p) => p !== "");
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
