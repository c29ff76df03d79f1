import type { EntryKind } from "../schemas/entry-kinds.ts";
import { UNFINISHED_MARKER } from "../record/check-unfinished.ts";

/**
 * What a resident needs to know about each kind of event, as paragraphs for the editor to replace.
 * No amounts appear here: an outline must never put a sum on the page that the data does not hold.
 */
const outlines: Record<EntryKind, string[]> = {
  "inspection": ["Who inspected which services, and when, as the sources give it.", "What the sources say about how the inspection went."],
  "inspection-report": [
    "The overall judgement. Use the inspectorate's own words where they matter, in quotation marks, exactly as printed.",
    "The separate judgements that make up the overall rating.",
    "## The response",
    "What the council said in reply. Put exact quotations under quotes in the fields above.",
  ],
  "report": ["Who wrote the report, for whom, and what it asked for.", "The evidence it gave."],
  "cabinet-decision": [
    "What cabinet decided, and when, in your own words.",
    "Any money: write each sum as the source does, add it to data/funding.json with this entry's id, and list the funding line's id under funding.",
    "What happens next. Put exact quotations under quotes in the fields above.",
  ],
  "council-decision": [
    "What full council decided, and when, in your own words.",
    "Any money: write each sum as the source does, add it to data/funding.json with this entry's id, and list the funding line's id under funding.",
    "What happens next. Put exact quotations under quotes in the fields above.",
  ],
  "scrutiny": ["Which committee or group looked at what, and why.", "What it found or recommended."],
  "plan": ["What the plan is for, and who approved it.", "Its parts, as a list if the source gives one.", "How progress will be reported, and to whom."],
  "deadline": ["What is due, by when and to whom, as the source states it.", "Whether the sources say it was met. If they do not, say so."],
  "appointment": ["Who was appointed, to what role, by whom.", "Add the person to data/people.json with the role, and their id under people."],
  "resignation": ["Who resigned from what role, and any reason the sources give."],
  "government-review": ["Which department reviewed what, and on whose report.", "What it concluded, point by point if the source lists the points."],
  "statement": ["Who said what, when, and why it matters to the record."],
};

/**
 * The body `npm run new` writes for a kind: each paragraph marked TODO (a published entry may not
 * keep one) and ending with a citation of the entry's first source, to show how citing works (the source's
 * words go in the link's title; the placeholder there is a TODO too).
 * @example entryOutline("resignation", { id: "council-statement", label: "council statement" })
 */
export function entryOutline(kind: EntryKind, source: { id: string; label: string }): string {
  const cite = ` ([${source.label}](source:${source.id} "${UNFINISHED_MARKER}: the words of the source that support this, exactly as it prints them"))`;
  return outlines[kind].map((p) => (p.startsWith("#") ? p : `${UNFINISHED_MARKER}: ${p}${cite}`)).join("\n\n") + "\n";
}
