/**
 * How the benchmark's synthetic record is written: the one place that knows the record's file
 * format (data/*.json and the front matter of an entry). The generator decides what the record
 * holds; when the format changes (funding sums with stages, vocabularies), only this file changes.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

type Json = Record<string, unknown>;

/** JSON strings are valid YAML double-quoted scalars, so every value is written safely. */
export const q = (s: string) => JSON.stringify(s);
const yamlList = (key: string, items: readonly string[]) => (items.length === 0 ? "" : `${key}:\n${items.map((i) => `  - ${i}\n`).join("")}`);
const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false));

/** A source's metadata; its file (data/sources/<id>.md) also holds the copy, written by writeDataFiles. */
export const source = (s: { id: string; title: string; kind: string; date: string; publisher?: string | undefined; url?: string; publish: "in-full" | "passages-only" }): Json =>
  defined({ id: s.id, title: s.title, kind: s.kind, date: s.date, datePrecision: "day", publisher: s.publisher, url: s.url, publish: s.publish });

export const person = (p: { id: string; name: string; type: "person" | "organisation"; role?: { title: string; seen: string; sources: string[] } }): Json =>
  defined({ id: p.id, name: p.name, type: p.type, roles: p.role ? [p.role] : undefined });

/** A sum of money with one stage, recorded by the entry that decides it (data/funding.json's `sums`). */
export const fundingLine = (f: { id: string; label: string; amountPence: number; upTo: boolean; fund: string; financialYear: string; stage: string; decidedBy: string; entry: string; sources: string[] }): Json =>
  defined({
    id: f.id, label: f.label, amountPence: f.amountPence, upTo: f.upTo, fund: f.fund, financialYear: f.financialYear,
    stages: [{ stage: f.stage, entry: f.entry, decidedBy: f.decidedBy, sources: f.sources }],
  });

export const promise = (p: { id: string; text: string; madeBy: string; entry: string; status: string; evidence: string; sources: string[] }): Json => ({ ...p });

export const statistic = (s: { id: string; measure: string; changePercent: number; period: string; source: string }): Json => ({ ...s });

/** One entry's Markdown file: YAML front matter, then the body. */
export function entryFile(e: {
  title: string; date: string; precision: "day" | "month" | "range"; dateTo: string | undefined; kind: string; phase: string; summary: string;
  sources: string[]; decidedBy: string[]; people: string[]; funding: string[]; tags: string[];
  quotes: { by: string; text: string; source: string }[]; updates: { date: string; text: string; sources: string[] }[]; body: string;
}): string {
  const dates = e.precision === "month"
    ? `date: ${e.date}\ndatePrecision: month\ndateNote: ${q("The source gives the month only.")}\n`
    : e.precision === "range"
      ? `date: ${e.date}\ndateTo: ${e.dateTo}\ndatePrecision: range\ndateNote: ${q("The sources place it within these two weeks.")}\n`
      : `date: ${e.date}\ndatePrecision: day\n`;
  const quotes = e.quotes.length === 0 ? "" : `quotes:\n${e.quotes.map((x) => `  - by: ${x.by}\n    text: ${q(x.text)}\n    source: ${x.source}\n`).join("")}`;
  const updates = e.updates.length === 0 ? "" : `updates:\n${e.updates.map((u) => `  - date: ${u.date}\n    text: ${q(u.text)}\n    sources:\n${u.sources.map((id) => `      - ${id}\n`).join("")}`).join("")}`;
  return `---\ntitle: ${q(e.title)}\n${dates}kind: ${e.kind}\nphase: ${e.phase}\n`
    + `summary: ${q(e.summary)}\n${yamlList("sources", e.sources)}${yamlList("decidedBy", e.decidedBy)}${yamlList("people", e.people)}`
    + `${yamlList("funding", e.funding)}${quotes}${yamlList("tags", e.tags)}${updates}---\n${e.body}\n`;
}

/** Each data file the generator grows, and the list inside it. */
const LISTS = { people: ["people.json", "people"], funding: ["funding.json", "sums"], promises: ["promises.json", "promises"], statistics: ["statistics.json", "statistics"] } as const;
type Lists = Record<keyof typeof LISTS | "sources", Json[]>;

const readJson = async (file: string) => JSON.parse(await readFile(file, "utf8")) as Json;

/** How many of each the copied record already holds. */
export async function countExisting(dataDir: string): Promise<Record<keyof Lists, number>> {
  const counts = await Promise.all(Object.entries(LISTS).map(async ([name, [file, key]]) => [name, ((await readJson(path.join(dataDir, file)))[key] as unknown[] | undefined)?.length ?? 0] as const));
  const sources = (await readdir(path.join(dataDir, "sources"))).filter((f) => f.endsWith(".md")).length;
  return { ...Object.fromEntries(counts), sources } as Record<keyof Lists, number>;
}

/** Appends the generated items to the record's own data files; each source is a file holding `copy`. */
export async function writeDataFiles(dataDir: string, lists: Lists, copy: string): Promise<void> {
  await Promise.all([
    ...lists.sources.map(({ id, ...meta }) => writeFile(path.join(dataDir, "sources", `${String(id)}.md`), `---\n${Object.entries(meta).map(([k, v]) => `${k}: ${q(String(v))}`).join("\n")}\n---\n${copy}`)),
    ...Object.entries(LISTS).map(async ([name, [file, key]]) => {
      const data = await readJson(path.join(dataDir, file));
      const grown = { ...data, [key]: [...((data[key] as Json[] | undefined) ?? []), ...lists[name as keyof Lists]] };
      await writeFile(path.join(dataDir, file), `${JSON.stringify(grown, null, 2)}\n`);
    }),
  ]);
}
