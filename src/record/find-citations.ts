import type { Token } from "markdown-it";
import { positionAt } from "../problems/position-at.ts";
import { citedSourceId, parseAsWritten, type WrittenBody } from "../markdown/markdown.ts";

/**
 * One `source:` citation as Markdown reads it, with where it is written in the body.
 * - `inline`: `[label](source:id "passage")` (also with `<source:id>` or other title quotes): checked;
 * - `autolink`: `<source:id>`, and `reference`: `[label][ref]` with `[ref]: source:id "passage"`:
 *   refused, since the passage and the label would sit apart from the claim;
 * - `broken`: text that starts a citation but that Markdown does not read as a link, such as a
 *   missing bracket or an unclosed quote: refused, or it would reach the page as raw text.
 */
export interface Citation {
  form: "inline" | "autolink" | "reference" | "broken";
  /** The source id, as written (empty for `broken`). */
  id: string;
  /** The link title: the words of the source the citation rests on. */
  passage?: string;
  line: number;
  column: number;
}

const INLINE_START = /\]\(\s*<?source:/iuy;
const LOOKS_LIKE_CITATION = /\]\(\s*<?source:/iu;

const AUTOLINK_START = /<\s*source:/iuy;

/** Where the next match of `pattern` (a global pattern, whose lastIndex this sets) is in the body from `from`, or undefined. */
function nextMatch(body: string, pattern: RegExp, from: number): { index: number; end: number } | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(body);
  return m ? { index: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * nextMatch for a sticky `pattern` whose every match starts with `lead`: tried only where `lead`
 * is. With the patterns made once (inlineStartOf) instead of for every search, the line starts
 * found with indexOf, and text without "](" passed over, finding the citations of 10,000 bodies
 * took a third less time (docs/performance.md).
 */
function nextAt(body: string, lead: string, pattern: RegExp, from: number): { index: number; end: number } | undefined {
  for (let i = body.indexOf(lead, from); i !== -1; i = body.indexOf(lead, i + 1)) {
    pattern.lastIndex = i;
    const m = pattern.exec(body);
    if (m) return { index: i, end: i + m[0].length };
  }
  return undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where a citation of the source `id` is written inline (`](source:id`), by id (sticky: see nextAt). */
const inlineStarts = new Map<string, RegExp>();
const inlineStartOf = (id: string): RegExp => {
  let pattern = inlineStarts.get(id);
  if (pattern === undefined) {
    // Ids come from the record's text: a long `npm start` should not keep every one it ever saw.
    if (inlineStarts.size >= 10_000) inlineStarts.clear();
    inlineStarts.set(id, (pattern = new RegExp(`\\]\\(\\s*<?source:${escapeRegExp(id)}`, "iuy")));
  }
  return pattern;
};

/**
 * Every `source:` citation in a Markdown body, in reading order, found with the same Markdown
 * parser that renders the page, so nothing the page shows as a citation escapes the check.
 * @example findCitations('See [x](source:a "it said so").') // [{ form: "inline", id: "a", passage: "it said so", line: 1, column: 8 }]
 */
export const findCitations = (body: string): Citation[] => citationsIn(parseAsWritten(body));

/** The citations of a body already parsed (src/record/read-body.ts). */
export function citationsIn({ body, tokens, references }: WrittenBody): Citation[] {
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const citations: Citation[] = [];
  const at = (offset: number) => positionAt(body, offset);

  /** Where `[label]: source:id` is defined: the given label's definition, else the first for the id. */
  const definitionOf = (id: string, label?: string): number | undefined => {
    const labels = label ? escapeRegExp(label).replace(/\s+/g, "\\s+") : "[^\\]\\n]*";
    return nextMatch(body, new RegExp(`^[ \\t]{0,3}\\[${labels}\\]:[ \\t]*\\n?[ \\t]*<?source:${escapeRegExp(id)}`, "gimu"), 0)?.index;
  };

  let blockStart = 0;
  let cursor = 0;
  for (const token of tokens) {
    // Searches for what a block's links were written as start no earlier than the block itself.
    if (token.map) blockStart = Math.max(blockStart, lineStarts[token.map[0]] ?? 0);
    if (token.type !== "inline" || !token.children) continue;
    cursor = Math.max(cursor, blockStart);
    for (const child of token.children) citationsIn(child);
  }

  function citationsIn(child: Token) {
    if (child.type === "text" && child.content.includes("](") && LOOKS_LIKE_CITATION.test(child.content)) {
      const found = nextAt(body, "](", INLINE_START, cursor);
      const offset = found ? found.index + 2 : blockStart;
      if (found) cursor = found.end;
      citations.push({ form: "broken", id: "", ...at(offset) });
      return;
    }
    if (child.type !== "link_open") return;
    const id = citedSourceId(String(child.attrGet("href") ?? ""));
    if (id === undefined) return;
    const passage = child.attrGet("title")?.toString();
    if (child.markup === "autolink") {
      const found = nextAt(body, "<", AUTOLINK_START, cursor);
      if (found) cursor = found.end;
      citations.push({ form: "autolink", id, ...at(found ? found.index : blockStart) });
      return;
    }
    const inline = nextAt(body, "](", inlineStartOf(id), cursor);
    // A link whose address is not written after its label came from a reference definition.
    const sameBlock = inline && !body.slice(cursor, inline.index).includes("\n\n");
    if (inline && sameBlock) {
      cursor = inline.end;
      citations.push({ form: "inline", id, ...(passage !== undefined && passage !== "" ? { passage } : {}), ...at(inline.index + 2) });
      return;
    }
    const definition = definitionOf(id);
    citations.push({ form: "reference", id, ...(passage ? { passage } : {}), ...at(definition ?? blockStart) });
  }

  // A definition no link uses still names a source: refused the same way, so no form goes unseen.
  for (const [label, reference] of Object.entries(references)) {
    const id = citedSourceId(reference.href);
    if (id === undefined) continue;
    const where = at(definitionOf(id, label) ?? 0);
    if (citations.some((c) => c.form === "reference" && c.line === where.line && c.column === where.column)) continue;
    citations.push({ form: "reference", id, ...where });
  }
  return citations.sort((a, b) => a.line - b.line || a.column - b.column);
}
