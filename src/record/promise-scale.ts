import { promiseStatuses } from "../schemas/promise.ts";

type PromiseStatus = keyof typeof promiseStatuses;

// A Record over every status, so adding a status to the schema without explaining it fails to compile.
const meanings: Record<PromiseStatus, string> = {
  "not-yet-rated": "No source in this record shows whether the promise was kept. This is not a judgement that it was broken.",
  "in-progress": "A source shows that work on the promise had begun, but none shows that it was finished.",
  "kept": "A source shows that what was promised was done.",
  "broken": "A source shows that what was promised was not done, or not done by the date given.",
};

/**
 * The fixed, neutral scale every promise is rated on, in the order residents read it,
 * with what each status claims and no more.
 */
export const promiseScale = (Object.keys(promiseStatuses) as PromiseStatus[]).map((status) => ({
  status,
  label: promiseStatuses[status],
  meaning: meanings[status],
}));
