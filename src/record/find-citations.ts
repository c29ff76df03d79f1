import { positionAt } from "../problems/position-at.ts";
import { SOURCE_SCHEME } from "../markdown/markdown.ts";

const CITATION = new RegExp(`\\]\\(\\s*${SOURCE_SCHEME}([^)\\s]*)\\s*\\)`, "g");

/**
 * Every `[text](source:id)` citation in a Markdown body, with its line and column in the body.
 * @example findCitations("See [x](source:a).") // [{ id: "a", line: 1, column: 8 }]
 */
export function findCitations(body: string): { id: string; line: number; column: number }[] {
  return [...body.matchAll(CITATION)].map((m) => ({ id: m[1]!, ...positionAt(body, m.index! + 2) }));
}
