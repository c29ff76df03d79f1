import type { Token } from "markdown-it";
import { parseAsWritten } from "../markdown/markdown.ts";

/** A line of an entry's text as residents read it, and the body line (0-based) it comes from. */
export interface ReadLine {
  text: string;
  line: number;
}

const textOf = (children: readonly Token[]): string[] => {
  const lines = [""];
  for (const child of children) {
    if (child.type === "softbreak" || child.type === "hardbreak") lines.push("");
    // Text tokens hold what the page shows: entities decoded (&pound; is £), emphasis markers gone.
    else if (child.type === "text" || child.type === "code_inline") lines[lines.length - 1] += child.content;
  }
  return lines;
};

/**
 * The words of a Markdown body as the site renders them, line by line, parsed by the site's own
 * markdown-it: `&pound;9m`, `£&#57;m` and `£**7m**` all read "£9m" or "£7m" here, as on the page.
 * @example readLines("A further £**1.64m**.") // [{ text: "A further £1.64m.", line: 0 }]
 */
export const readLines = (body: string): ReadLine[] => linesIn(parseAsWritten(body).tokens);

/** The lines of a body already parsed (src/record/read-body.ts). */
export function linesIn(tokens: readonly Token[]): ReadLine[] {
  const out: ReadLine[] = [];
  for (const token of tokens) {
    if (!token.map) continue;
    if (token.type === "inline" && token.children) {
      textOf(token.children).forEach((text, i) => out.push({ text, line: token.map![0] + i }));
    } else if (token.type === "fence" || token.type === "code_block") {
      const first = token.map[0] + (token.type === "fence" ? 1 : 0);
      token.content.split("\n").forEach((text, i) => out.push({ text, line: first + i }));
    }
  }
  return out;
}
