/**
 * The kinds of event an entry can record, with the label residents see.
 * A closed set, so a misspelt kind is caught rather than becoming a new category.
 */
export const entryKinds = {
  "inspection": "Inspection",
  "inspection-report": "Inspection report",
  "report": "Report",
  "cabinet-decision": "Cabinet decision",
  "council-decision": "Council decision",
  "scrutiny": "Scrutiny",
  "plan": "Plan",
  "deadline": "Deadline",
  "appointment": "Appointment",
  "resignation": "Resignation",
  "government-review": "Government review",
  "statement": "Statement",
} as const;

export type EntryKind = keyof typeof entryKinds;
export const entryKindIds = Object.keys(entryKinds) as [EntryKind, ...EntryKind[]];
