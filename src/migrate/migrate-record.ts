import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { listEntryFiles } from "../loaders/list-entry-files.ts";
import { parseFrontMatter } from "../loaders/parse-front-matter.ts";
import { dataFiles } from "../record/report-record.ts";
import { jsonText } from "./json-text.ts";
import { legacyVocabularies } from "./legacy-vocabularies.ts";

/** One change the migration made, in words an editor can check. */
export interface MigrationChange {
  file: string;
  what: string;
}

interface LegacyLine {
  id: string;
  label: string;
  amountPence: number;
  upTo?: boolean;
  fund: string;
  financialYear: string;
  status: string;
  decidedBy: string;
  entry: string;
  sources: string[];
  note?: string;
}

type Json = Record<string, unknown>;

const readJson = async (root: string, file: string): Promise<Json | undefined> => {
  try {
    return JSON.parse(await readFile(path.join(root, file), "utf8")) as Json;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
};

/** What the statistics page was called when its name was fixed in code. */
const legacyStatisticsPage = {
  title: "Demand on the service",
  navLabel: "Demand",
  path: "demand",
  description: "How demand on the service changed, in the figures the sources give, with periods, sources and caveats.",
  lead: "How demand on the service changed, in the figures the sources give. Each is a percentage change as stated, over the period the source names.",
  sectionTitle: "Demand",
  chartTitle: "Change in demand, as the sources state it",
  downloadsLabel: "Demand statistics",
};

/**
 * Rewrites a record in today's older format in place, so it reads exactly as it did: declares the
 * vocabularies that were fixed in code, turns funding lines into sums with stages (joining lines
 * that are plainly one sum at two stages, and pointing their entries at it), keeps the statistics
 * page's old name and address, and keeps what the accessibility statement said. Running it again
 * changes nothing.
 * @example for (const c of await migrateRecord(root)) console.log(`${c.file}: ${c.what}`)
 */
export async function migrateRecord(root: string): Promise<MigrationChange[]> {
  const changes: MigrationChange[] = [];
  const write = (file: string, value: unknown) => writeFile(path.join(root, file), jsonText(value));

  // Vocabularies
  if ((await readJson(root, dataFiles.vocabularies)) === undefined) {
    await write(dataFiles.vocabularies, { $schema: "../schemas/vocabularies.schema.json", ...legacyVocabularies });
    const v = legacyVocabularies;
    changes.push({
      file: dataFiles.vocabularies,
      what: `written with the ${v.entryKinds.length} entry kinds, ${v.sourceKinds.length} source kinds, ${v.funds.length} funds, ${v.moneyStages.length} money stages and ${v.promiseStatuses.length} promise statuses that were fixed in code before; change them to suit this record (CONTENT.md#vocabularies)`,
    });
  }

  // Money: funding lines become sums with stages
  const funding = await readJson(root, dataFiles.funding);
  if (funding && Array.isArray(funding.lines)) {
    const renamed = await migrateFunding(root, funding, changes);
    await write(dataFiles.funding, funding);
    if (renamed.size > 0) await repointEntries(root, renamed, changes);
  }

  // Statistics: the page keeps the name and address it had
  const statistics = await readJson(root, dataFiles.statistics);
  if (statistics && statistics.page === undefined && Array.isArray(statistics.statistics) && statistics.statistics.length > 0) {
    const { $schema, ...rest } = statistics;
    await write(dataFiles.statistics, { ...($schema === undefined ? {} : { $schema }), page: legacyStatisticsPage, ...rest });
    changes.push({ file: dataFiles.statistics, what: `page: named "${legacyStatisticsPage.title}" at /${legacyStatisticsPage.path}/, as it was when the name was fixed in code; change it to suit this record` });
  }

  // Site: the accessibility statement keeps the legal basis it stated
  const site = await readJson(root, dataFiles.site);
  const accessibility = site?.accessibility as Json | undefined;
  if (site && accessibility && accessibility.legalBasis === undefined) {
    site.accessibility = { legalBasis: "public-sector-regulations", ...accessibility };
    await write(dataFiles.site, site);
    changes.push({
      file: dataFiles.site,
      what: 'accessibility.legalBasis: "public-sector-regulations", which the statement claimed before; set it to "voluntary" unless the publisher is a public sector body',
    });
  }
  return changes;
}

const legacyOrder = ["proposed", "recommended", "approved"];

/** Converts `lines` to `sums` in place; returns the ids of lines joined into another sum, by the id they joined. */
async function migrateFunding(root: string, funding: Json, changes: MigrationChange[]): Promise<Map<string, string>> {
  const lines = funding.lines as LegacyLine[];
  const dates = await entryDates(root);
  // Lines with the same amount, fund and year at different stages, in stage and date order, are one sum that moved on.
  const groups = new Map<string, LegacyLine[]>();
  for (const line of lines) {
    const key = JSON.stringify([line.amountPence, line.upTo ?? false, line.fund, line.financialYear]);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const renamed = new Map<string, string>();
  const joined = new Map<string, LegacyLine[]>();
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => legacyOrder.indexOf(a.status) - legacyOrder.indexOf(b.status) || (dates.get(a.entry) ?? "").localeCompare(dates.get(b.entry) ?? ""));
    const distinct = new Set(ordered.map((l) => l.status)).size === ordered.length;
    const inDateOrder = ordered.every((l, i) => i === 0 || (dates.get(ordered[i - 1]!.entry) ?? "") <= (dates.get(l.entry) ?? ""));
    if (ordered.length > 1 && distinct && inDateOrder) {
      joined.set(ordered[0]!.id, ordered);
      for (const l of ordered.slice(1)) renamed.set(l.id, ordered[0]!.id);
    }
  }
  const stageOf = (l: LegacyLine) => ({ stage: l.status, entry: l.entry, decidedBy: l.decidedBy, sources: l.sources });
  const sums = lines
    .filter((l) => !renamed.has(l.id))
    .map((l) => {
      const group = joined.get(l.id) ?? [l];
      const single = group.length === 1;
      const sum = {
        id: l.id,
        label: group.at(-1)!.label,
        amountPence: l.amountPence,
        ...(l.upTo ? { upTo: true } : {}),
        fund: l.fund,
        financialYear: l.financialYear,
        stages: group.map((g) => ({ ...stageOf(g), ...(!single && g.note ? { note: g.note } : {}) })),
        ...(single && l.note ? { note: l.note } : {}),
      };
      changes.push({
        file: dataFiles.funding,
        what: single
          ? `funding line "${l.id}" is now a sum with one stage: ${l.status} (entry "${l.entry}")`
          : `funding lines ${group.map((g) => `"${g.id}" (${g.status})`).join(" and ")} have the same amount, fund and year, so they are now one sum "${l.id}" with ${group.length} stages, counted once; check they are the same money`,
      });
      return sum;
    });
  const { lines: _lines, ...rest } = funding;
  for (const key of Object.keys(funding)) delete funding[key];
  Object.assign(funding, { ...rest, sums });
  return renamed;
}

/** Each entry's date, from its front matter, to order the stages of joined lines. */
async function entryDates(root: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  for (const file of await listEntryFiles(root).catch(() => [] as string[])) {
    const id = path.basename(file, ".md").slice(11);
    const parsed = parseFrontMatter(await readFile(path.join(root, file), "utf8"), file);
    const date = parsed.ok ? (parsed.value.data as { date?: unknown }).date : undefined;
    dates.set(id, typeof date === "string" ? date : path.basename(file).slice(0, 10));
  }
  return dates;
}

/** Entries that listed a line now joined into another sum list that sum instead (once). */
async function repointEntries(root: string, renamed: Map<string, string>, changes: MigrationChange[]): Promise<void> {
  for (const file of await listEntryFiles(root)) {
    const text = await readFile(path.join(root, file), "utf8");
    const end = text.indexOf("\n---", 4);
    if (!text.startsWith("---") || end < 0) continue;
    const lines = text.slice(0, end).split("\n");
    const start = lines.findIndex((l) => /^funding\s*:/.test(l));
    if (start < 0) continue;
    let stop = lines.findIndex((l, i) => i > start && /^\S/.test(l));
    if (stop < 0) stop = lines.length;
    const block = lines.slice(start, stop).join("\n");
    let next = block;
    for (const [from, to] of renamed) {
      const word = new RegExp(`(^|[\\s\\[,])${from}(?=[\\s,\\]]|$)`, "gm");
      if (!word.test(next)) continue;
      const listsBoth = new RegExp(`(^|[\\s\\[,])${to}(?=[\\s,\\]]|$)`, "m").test(next);
      next = listsBoth
        ? next.replace(new RegExp(`\\n\\s*-\\s*${from}\\s*(?=\\n|$)`), "").replace(new RegExp(`,\\s*${from}(?=[\\s,\\]])|${from}\\s*,\\s*`), "")
        : next.replace(word, `$1${to}`);
      changes.push({ file, what: `funding: "${from}" is now "${to}", the same sum at its later stage` });
    }
    if (next !== block) {
      await writeFile(path.join(root, file), [...lines.slice(0, start), next, ...lines.slice(stop)].join("\n") + text.slice(end));
    }
  }
}
