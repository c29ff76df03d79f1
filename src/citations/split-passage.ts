/**
 * The marks that say words were left out of a passage: an ellipsis, "...", or either in square
 * brackets. Nothing else may stand for missing words, so a passage cannot splice a source silently.
 */
export const ELISION = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u;

/**
 * The parts of a passage between elision marks, trimmed, empty parts dropped.
 * @example splitPassage("the plan […] was approved") // ["the plan", "was approved"]
 */
export function splitPassage(passage: string): string[] {
  return passage
    .split(new RegExp(ELISION.source, "gu"))
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
