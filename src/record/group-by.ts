/**
 * Groups items under each of their keys, in the items' order, each item at most once per key:
 * one pass over a list instead of one `filter` over it per key, which made the model quadratic
 * (10,000 entries × 2,500 sources took longer than building every page; docs/performance.md).
 * @example groupBy([{ id: "a", people: ["x", "y"] }], (e) => e.people).get("y") // [{ id: "a", … }]
 */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
