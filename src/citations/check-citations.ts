import { SOURCES_DIR } from "../loaders/load-sources.ts";
import { didYouMean } from "../problems/did-you-mean.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { UNFINISHED_MARKER } from "../record/check-unfinished.ts";
import { readBody, type BodyReading } from "../record/read-body.ts";
import type { Entry } from "../schemas/entry.ts";
import type { Source } from "../schemas/source.ts";
import { findPassage } from "./find-passage.ts";

/** How a citation is written, for messages. */
export const CITATION_EXAMPLE = (id: string) => `[label](source:${id} "the source's own words that support this")`;

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Why a passage or quotation is not in the copy held, with the nearest sentence when there is one. */
export function notInCopy(what: string, source: Source, passage: string): string | undefined {
  // An outline's placeholder is reported by the unfinished-text check, once.
  if (passage.trim().startsWith(UNFINISHED_MARKER)) return undefined;
  const match = findPassage(source.text, passage);
  if (match.found) return undefined;
  return `${what} "${shorten(passage)}" is not in the copy held of "${source.id}" (${source.file})${match.nearest ? `; the nearest there is "${match.nearest}"` : "; copy the words exactly, and mark any words left out with …"}`;
}

/**
 * Every citation in every entry's text names a source the entry lists and carries the source's
 * own words, found in the copy held; every quotation in front matter is found in its source's copy.
 * Forms that would slip past this (autolinks, reference definitions, broken links) are refused.
 */
export function checkCitations(entries: readonly Entry[], sources: readonly Source[], locators: Map<string, Locate>, read: (body: string) => BodyReading = readBody): Problem[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const known = [...byId.keys()];
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const cite of read(e.body).citations) {
      const push = (message: string) => problems.push({ file: e.file, line: e.bodyLine + cite.line - 1, column: cite.column, field: "body", message });
      if (cite.form === "broken") {
        push(`this looks like a citation, but Markdown cannot read it as a link: check its brackets, and that the quotation marks around the source's words are closed (expected ${CITATION_EXAMPLE("source-id")})`);
        continue;
      }
      const source = byId.get(cite.id);
      if (!source) {
        push(`cites unknown source "${cite.id}"${didYouMean(cite.id, known) || ` (see ${SOURCES_DIR}/)`}`);
        continue;
      }
      if (!e.sources.includes(cite.id)) push(`cites "${cite.id}", which must also be listed under sources`);
      if (cite.form === "autolink") {
        push(`<source:${cite.id}> gives no words from the source, so nothing can be checked; write ${CITATION_EXAMPLE(cite.id)}`);
      } else if (cite.form === "reference") {
        push(`cites "${cite.id}" through a reference definition, which keeps the source's words away from the claim; write the citation where the claim is: ${CITATION_EXAMPLE(cite.id)}`);
      } else if (cite.passage === undefined) {
        push(`cites "${cite.id}" without the words it rests on; add the source's words as the link's title: ${CITATION_EXAMPLE(cite.id)}`);
      } else {
        const wrong = notInCopy("the passage", source, cite.passage);
        if (wrong) push(wrong);
      }
    }
    const locate = locators.get(e.file);
    e.quotes.forEach((q, i) => {
      const source = byId.get(q.source);
      if (!source) return; // reported by the record check as an unknown source
      const wrong = notInCopy("the quotation", source, q.text);
      if (wrong) problems.push({ file: e.file, ...(locate ? locate(["quotes", i, "text"]) : { line: 1, column: 1 }), field: `quotes[${i}].text`, message: wrong });
    });
  }
  return problems;
}
