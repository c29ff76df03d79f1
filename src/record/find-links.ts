import { parseAsWritten, type WrittenBody } from "../markdown/markdown.ts";
import { positionAt } from "../problems/position-at.ts";

/** A link in an entry body, with where its address is written. */
export interface BodyLink {
  href: string;
  line: number;
  column: number;
}

/** Every link in a body already parsed (inline, reference and autolinks alike), in reading order. */
export function linksIn({ body, tokens }: WrittenBody): BodyLink[] {
  const links: BodyLink[] = [];
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let cursor = 0;
  for (const token of tokens) {
    if (token.map) cursor = Math.max(cursor, lineStarts[token.map[0]] ?? cursor);
    for (const child of token.children ?? []) {
      if (child.type !== "link_open") continue;
      const href = String(child.attrGet("href") ?? "");
      // The address as written, searched for from the last one found, so repeated links land in order.
      const found = body.indexOf(href, cursor);
      const offset = found === -1 ? cursor : found;
      if (found !== -1) cursor = found + href.length;
      links.push({ href, ...positionAt(body, offset) });
    }
  }
  return links;
}

/**
 * Every link in a Markdown body as markdown-it reads it, with where it is written.
 * @example findLinks("See [the plan](/timeline/plan/).") // [{ href: "/timeline/plan/", line: 1, column: 16 }]
 */
export const findLinks = (body: string): BodyLink[] => linksIn(parseAsWritten(body));
