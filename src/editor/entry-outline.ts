import { UNFINISHED_MARKER } from "../record/check-unfinished.ts";

/**
 * The outline for a kind the record gives no outline of: what any resident needs to know of any event.
 * No amounts appear here: an outline must never put a sum on the page that the data does not hold.
 */
export const genericOutline: readonly string[] = [
  "What happened, when, and who was involved, in your own words, as the sources give it.",
  "Any money: write each sum as the source does, add it (or its new stage) to data/funding.json with this entry's id, and list the sum's id under funding.",
  "What happens next, if the sources say. Put exact quotations under quotes in the fields above.",
];

/**
 * The body `npm run new` writes: the kind's outline from data/vocabularies.json (or the generic
 * one), each paragraph marked TODO (a published entry may not keep one) and ending with a citation
 * of the entry's first source, to show how citing works. A line starting "#" stays a heading.
 * @example entryOutline(kind.outline, { id: "council-statement", label: "council statement" })
 */
export function entryOutline(outline: readonly string[] | undefined, source: { id: string; label: string }): string {
  const cite = ` ([${source.label}](source:${source.id}))`;
  return (outline ?? genericOutline).map((p) => (p.startsWith("#") ? p : `${UNFINISHED_MARKER}: ${p}${cite}`)).join("\n\n") + "\n";
}
