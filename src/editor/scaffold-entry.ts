import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { loadDataFile } from "../loaders/load-data-file.ts";
import { entryUrl } from "../loaders/load-entry.ts";
import { listEntryFiles } from "../loaders/list-entry-files.ts";
import { parseFrontMatter } from "../loaders/parse-front-matter.ts";
import { validate } from "../loaders/validate.ts";
import { didYouMean } from "../problems/did-you-mean.ts";
import type { Problem } from "../problems/problem.ts";
import { UNFINISHED_MARKER } from "../record/check-unfinished.ts";
import { dataFiles } from "../record/report-record.ts";
import { CalendarDateSchema } from "../schemas/common.ts";
import { EntryFrontMatterSchema } from "../schemas/entry.ts";
import { PeopleFileSchema } from "../schemas/person.ts";
import { SiteSchema } from "../schemas/site.ts";
import { SourcesFileSchema } from "../schemas/source.ts";
import { VocabulariesFileSchema } from "../schemas/vocabularies.ts";
import { entryOutline } from "./entry-outline.ts";
import { slugify } from "./slugify.ts";

/** Everything an editor may choose from, read from the record's own data files. */
export interface Choices {
  /** The record's entry kinds (data/vocabularies.json), each with the outline `npm run new` writes for it. */
  kinds: { id: string; label: string; outline?: readonly string[] | undefined }[];
  phases: { id: string; label: string }[];
  sources: { id: string; label: string; kind: string; kindLabel: string }[];
  people: { id: string; label: string }[];
  siteUrl: string;
  /** The phase of the latest entry: a new entry most likely continues the story there. */
  latestPhase: string | undefined;
}

/** What the editor answers or passes as flags, before it is checked. */
export interface NewEntryAnswers {
  kind?: string | undefined;
  title?: string | undefined;
  /** YYYY-MM-DD; YYYY-MM for a month; YYYY for a year; FROM..TO (or FROM..) for a range. */
  date?: string | undefined;
  phase?: string | undefined;
  sources?: string[] | undefined;
  summary?: string | undefined;
  people?: string[] | undefined;
  decidedBy?: string[] | undefined;
  /** The words after the date in the file name; from the title when absent. */
  slug?: string | undefined;
  draft?: boolean | undefined;
}

export type ChoicesResult = { ok: true; choices: Choices } | { ok: false; problems: Problem[] };

/** Reads the kinds, phases, sources and people an entry may name; fails with the data files' own problems. */
export async function loadChoices(root: string): Promise<ChoicesResult> {
  const [site, vocabularies, sources, people, files] = await Promise.all([
    loadDataFile(root, dataFiles.site, SiteSchema),
    loadDataFile(root, dataFiles.vocabularies, VocabulariesFileSchema),
    loadDataFile(root, dataFiles.sources, SourcesFileSchema),
    loadDataFile(root, dataFiles.people, PeopleFileSchema),
    listEntryFiles(root).catch(() => []),
  ]);
  const problems = [...site.problems, ...vocabularies.problems, ...sources.problems, ...people.problems];
  if (!site.value || !vocabularies.value || !sources.value || !people.value || problems.length > 0) return { ok: false, problems };
  const sourceKindLabels = new Map(vocabularies.value.sourceKinds.map((k) => [k.id, k.label]));
  const latest = files.at(-1);
  let latestPhase: string | undefined;
  if (latest) {
    const parsed = parseFrontMatter(await readFile(path.join(root, latest), "utf8"), latest);
    const phase = parsed.ok ? (parsed.value.data as { phase?: unknown }).phase : undefined;
    if (typeof phase === "string" && site.value.phases.some((p) => p.id === phase)) latestPhase = phase;
  }
  return {
    ok: true,
    choices: {
      kinds: vocabularies.value.entryKinds.map(({ id, label, outline }) => ({ id, label, outline })),
      phases: site.value.phases.map((p) => ({ id: p.id, label: p.title })),
      sources: sources.value.sources.map((s) => ({ id: s.id, label: `${s.title} (${s.date})`, kind: s.kind, kindLabel: sourceKindLabels.get(s.kind) ?? s.kind })),
      people: people.value.people.map((p) => ({ id: p.id, label: p.name })),
      siteUrl: site.value.url,
      latestPhase,
    },
  };
}

/** The date fields an entry needs, from what the editor typed. */
export function parseDateAnswer(text: string): { fields: Record<string, string>; error?: undefined } | { error: string } {
  const t = text.trim();
  const real = (d: string) => CalendarDateSchema.safeParse(d).success;
  const bad = { error: `"${t}" is not a date (expected YYYY-MM-DD, or YYYY-MM for a month, YYYY for a year, FROM..TO for a range)` };
  const note = `${UNFINISHED_MARKER}: say what the sources say about the date and how you worked it out.`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return real(t) ? { fields: { date: t, datePrecision: "day" } } : { error: `"${t}" is not a real date (expected YYYY-MM-DD)` };
  if (/^\d{4}-\d{2}$/.test(t)) return real(`${t}-01`) ? { fields: { date: `${t}-01`, datePrecision: "month", dateNote: note } } : bad;
  if (/^\d{4}$/.test(t)) return { fields: { date: `${t}-01-01`, datePrecision: "year", dateNote: note } };
  const range = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})?$/.exec(t);
  if (range && real(range[1]!) && (range[2] === undefined || real(range[2]))) {
    if (range[2] !== undefined && range[2] < range[1]!) return { error: `the range ends (${range[2]}) before it starts (${range[1]})` };
    return { fields: { date: range[1]!, ...(range[2] ? { dateTo: range[2] } : {}), datePrecision: "range", dateNote: note } };
  }
  return bad;
}

/** Finds a choice by id or by its number in the list shown; explains the mistake otherwise. */
export function pick<T extends { id: string }>(answer: string, options: readonly T[], noun: string): { value: T } | { error: string } {
  const a = answer.trim();
  const byNumber = /^\d+$/.test(a) ? options[Number(a) - 1] : undefined;
  const found = byNumber ?? options.find((o) => o.id === a);
  if (found) return { value: found };
  const hint = didYouMean(a, options.map((o) => o.id));
  return { error: `unknown ${noun} "${a}"${hint || ` (expected a number from the list, or one of ${options.slice(0, 12).map((o) => o.id).join(", ")}${options.length > 12 ? ", ..." : ""})`}` };
}

/** Where a new entry goes and what its page will be. */
export interface NewEntryPlan {
  /** Project-relative, e.g. content/2014/2014-11-10-cabinet-approves-plan.md */
  file: string;
  id: string;
  /** Root-relative page address, e.g. /timeline/cabinet-approves-plan/ */
  url: string;
  /** The address on the published site. */
  publishedUrl: string;
  text: string;
}

/**
 * Checks every answer and composes the file: front matter in the canonical field order, with
 * every required field, then the outline for its kind. Returns every mistake at once, or the plan.
 */
export function planEntry(answers: NewEntryAnswers, choices: Choices, existingFiles: readonly string[]): { ok: true; plan: NewEntryPlan } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const need = (value: unknown, flag: string, what: string) => {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) errors.push(`--${flag}: is required (${what})`);
    return value !== undefined && value !== "";
  };
  let kind: Choices["kinds"][number] | undefined;
  if (need(answers.kind, "kind", "the kind of event")) {
    const r = pick(answers.kind!, choices.kinds, "kind");
    if ("error" in r) errors.push(`--kind: ${r.error}`);
    else kind = r.value;
  }
  const title = answers.title?.trim();
  if (need(title, "title", "one line, at most 120 characters") && title!.length > 120) errors.push(`--title: is too long (expected at most 120 characters, got ${title!.length})`);
  let dateFields: Record<string, string> | undefined;
  if (need(answers.date, "date", "YYYY-MM-DD")) {
    const r = parseDateAnswer(answers.date!);
    if (r.error !== undefined) errors.push(`--date: ${r.error}`);
    else dateFields = r.fields;
  }
  let phase: string | undefined;
  if (need(answers.phase, "phase", "the id of a phase in data/site.json")) {
    const r = pick(answers.phase!, choices.phases, "phase");
    if ("error" in r) errors.push(`--phase: ${r.error}`);
    else phase = r.value.id;
  }
  const ids = (list: string[] | undefined, options: readonly { id: string }[], flag: string, noun: string) =>
    (list ?? []).flatMap((answer) => {
      const r = pick(answer, options, noun);
      if ("error" in r) {
        errors.push(`--${flag}: ${r.error}`);
        return [];
      }
      return [r.value.id];
    });
  need(answers.sources, "sources", "ids from data/sources.json, separated by commas");
  const sources = [...new Set(ids(answers.sources, choices.sources, "sources", "source"))];
  const people = [...new Set(ids(answers.people, choices.people, "people", "person or body"))];
  const decidedBy = [...new Set(ids(answers.decidedBy, choices.people, "decided-by", "person or body"))];
  const slug = answers.slug?.trim() || (title ? slugify(title) : undefined);
  if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) errors.push(`--slug: "${slug}" is not lower-case words joined by hyphens`);
  if (errors.length > 0 || !kind || !title || !dateFields || !phase || !slug || sources.length === 0) return { ok: false, errors };

  const id = slug;
  const date = dateFields.date!;
  const file = `content/${date.slice(0, 4)}/${date}-${id}.md`;
  const clash = existingFiles.find((f) => path.posix.basename(f).slice(11) === `${id}.md`);
  if (clash) {
    const same = clash === file;
    return { ok: false, errors: [same ? `${file} already exists; it was not changed (choose a different title, or --slug)` : `${clash} already has the address ${entryUrl(id)}; choose a different title, or --slug`] };
  }

  const summary = answers.summary?.trim() || `${UNFINISHED_MARKER}: one plain-language sentence saying what happened.`;
  const frontMatter: Record<string, unknown> = {
    title,
    ...dateFields,
    kind: kind.id,
    phase,
    summary,
    sources,
    ...(decidedBy.length > 0 ? { decidedBy } : {}),
    ...(people.length > 0 ? { people } : {}),
  };
  const firstSource = choices.sources.find((s) => s.id === sources[0])!;
  const yaml = stringify(frontMatter, { lineWidth: 0, indentSeq: true });
  const draftLine = answers.draft === false ? "" : "draft: true # shown by npm start, never published: delete this line when the entry is ready\n";
  const text = `---\n${yaml}${draftLine}---\n${entryOutline(kind.outline, { id: firstSource.id, label: firstSource.kindLabel.toLowerCase() })}`;
  const url = entryUrl(id);
  return { ok: true, plan: { file, id, url, publishedUrl: new URL(url.slice(1), choices.siteUrl.endsWith("/") ? choices.siteUrl : `${choices.siteUrl}/`).href, text } };
}

/** Proves the composed file reads back as a valid entry before anything is written. */
export function selfCheck(plan: NewEntryPlan): Problem[] {
  const parsed = parseFrontMatter(plan.text, plan.file);
  if (!parsed.ok) return [parsed.problem];
  const result = validate(EntryFrontMatterSchema, parsed.value.data, plan.file, parsed.value.locate);
  return result.ok ? [] : result.problems;
}

/** Writes the entry, never over an existing file (the `wx` flag makes that atomic). */
export async function writeEntry(root: string, plan: NewEntryPlan): Promise<{ ok: true } | { ok: false; error: string }> {
  const target = path.join(root, plan.file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, plan.text, { flag: "wx" });
    return { ok: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { ok: false, error: `${plan.file} already exists; it was not changed` };
    throw error;
  }
}
