import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { dataFiles, type ReportRecord } from "../record/report-record.ts";
import type { Source } from "../schemas/source.ts";
import { findPassage } from "./find-passage.ts";

// A citation's address and passage, a code span and an autolink are not the entry's own prose.
const NOT_PROSE = /\]\([^)]*\)|`[^`]*`|<[^>\n]*>/g;
const QUOTED = /“([^”]+?)”|"([^"]+?)"/g;

/** Spans of text in double quotation marks, with their offsets, not crossing a blank line. */
function quotedSpans(text: string): { words: string; offset: number }[] {
  if (!text.includes('"') && !text.includes("“")) return [];
  const prose = text.replace(NOT_PROSE, (m) => " ".repeat(m.length));
  return [...prose.matchAll(QUOTED)]
    .map((m) => ({ words: (m[1] ?? m[2])!, offset: m.index! + 1 }))
    .filter((s) => !/\n\s*\n/.test(s.words) && /[\p{L}\p{N}]/u.test(s.words));
}

/**
 * Words the record puts in double quotation marks are a source's words: in an entry (its title,
 * summary, date note or text), in a promise, a glossary term, a person's description or role note,
 * or a source's own notes, each must be in the copy held of one of the sources that text cites, so
 * the record never puts in quotation marks what no source prints.
 */
export function checkQuotedWords(record: Pick<ReportRecord, "entries" | "sources" | "promises" | "glossary" | "people">, locators: Map<string, Locate>): Problem[] {
  const byId = new Map(record.sources.map((s) => [s.id, s]));
  const all = record.sources.map((s) => s.id);
  const problems: Problem[] = [];
  const at = (file: string, path: (string | number)[]) => locators.get(file)?.(path) ?? { line: 1, column: 1 };
  const copiesOf = (ids: readonly string[]): readonly Source[] => (ids === all ? record.sources : ids.flatMap((id) => byId.get(id) ?? []));
  // The copies are looked up only for text that quotes something: most text quotes nothing, and a
  // source's notes may quote any of thousands of copies.
  const notFound = (text: string | undefined, ids: readonly string[]) => {
    const spans = quotedSpans(text ?? "");
    if (spans.length === 0) return [];
    const copies = copiesOf(ids);
    return copies.length === 0 ? [] : spans.filter((span) => !copies.some((s) => findPassage(s.text, span.words, { nearest: false }).found));
  };
  const message = (words: string, ids: readonly string[], whose: string) =>
    `the words in quotation marks "${words.replace(/\s+/g, " ")}" are not in the copy held of any source ${whose} (${ids.join(", ")}); quote a source exactly, or write them without quotation marks`;
  const checkField = (file: string, path: (string | number)[], text: string | undefined, ids: readonly string[], whose: string) => {
    for (const span of notFound(text, ids)) problems.push({ file, ...at(file, path), field: path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join(""), message: message(span.words, ids, whose) });
  };

  for (const e of record.entries) {
    for (const field of ["title", "summary", "dateNote"] as const) checkField(e.file, [field], e[field], e.sources, "this entry lists");
    for (const span of notFound(e.body, e.sources)) {
      const p = positionAt(e.body, span.offset);
      problems.push({ file: e.file, line: e.bodyLine + p.line - 1, column: p.column, field: "body", message: message(span.words, e.sources, "this entry lists") });
    }
  }
  record.promises.forEach((c, i) => {
    for (const field of ["text", "evidence"] as const) checkField(dataFiles.promises, ["promises", i, field], c[field], c.sources, "this promise lists");
  });
  record.glossary.forEach((t, i) => checkField(dataFiles.glossary, ["terms", i, "inThisRecord"], t.inThisRecord, t.sources, "this term lists"));
  record.people.forEach((p, i) => {
    checkField(dataFiles.people, ["people", i, "description"], p.description, p.sources, "this description lists");
    p.roles.forEach((r, j) => checkField(dataFiles.people, ["people", i, "roles", j, "note"], r.note, r.sources, "this role lists"));
  });
  // A source's notes may quote any copy the record holds (the reasoning for a date often does).
  for (const s of record.sources) for (const field of ["dateNote", "note"] as const) checkField(s.file, [field], s[field], all, "in the record");
  return problems;
}
