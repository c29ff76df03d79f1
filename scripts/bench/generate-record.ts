/**
 * A synthetic record of any size for the benchmark: the project's own record, grown with generated
 * entries whose funding lines, people, sources, quotes, promises and statistics point at each other
 * the way the real ones do, so the whole pipeline (validation, record checks, model, every page)
 * does its real work. Deterministic for a given seed.
 */
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import * as format from "./record-format.ts";
import path from "node:path";

export interface GenerateOptions {
  /** The project whose content/ and data/ are copied and grown. */
  from: string;
  /** The folder that receives content/ and data/. */
  to: string;
  /** Entries in the generated record, the project's own included. */
  entries: number;
  seed?: number;
  /** The build date (YYYY-MM-DD): nothing is dated after it. Defaults to today. */
  today?: string;
}

export interface GeneratedCounts {
  entries: number;
  sources: number;
  people: number;
  funding: number;
  promises: number;
  statistics: number;
}

type Json = Record<string, unknown>;

/** mulberry32: small, fast and deterministic, which is all a benchmark needs. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pickOne = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, min + int(max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < count) chosen.add(pickOne(items));
    return [...chosen];
  };
  return { next, int, pickOne, some };
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const pad = (n: number, width = 5) => String(n).padStart(width, "0");
/** A financial year as councils write it, from April: 2014-11-10 is in 2014/15. */
const financialYear = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
};

const SUBJECTS = ["Cabinet", "The select committee", "Full council", "The improvement board", "The council", "Officers", "The inspectorate", "The scrutiny panel"];
const VERBS = ["reviews", "approves", "questions", "publishes", "considers", "agrees", "defers", "reports on"];
const TOPICS = ["the budget for social work", "the recruitment plan", "the progress report", "caseload figures", "the training programme", "the audit of case files", "the commissioning strategy", "the quality assurance framework", "the early help offer", "the fostering review"];
const WORDS = "the council said that work on the plan had continued through the period and that officers would report back with figures on caseloads staffing training and the quality of practice across every team in the service".split(" ");
const TAGS = ["money", "improvement-plan", "scrutiny", "staffing", "inspection", "governance"];

/** Every synthetic source holds this copy, so every generated citation and quotation is found in it. */
const COPY = `${WORDS.join(" ")}.\n\nA second paragraph: ${WORDS.slice(0, 12).join(" ")}.\n`;
/** A run of the copy's own words, as a citation's passage or a quotation. */
const passage = (r: ReturnType<typeof random>, words: number) => {
  const from = r.int(WORDS.length - words);
  return WORDS.slice(from, from + words).join(" ");
};

const sentence = (r: ReturnType<typeof random>, words: number) => {
  const text = Array.from({ length: words }, () => r.pickOne(WORDS)).join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};

async function readJson(file: string): Promise<Json> {
  return JSON.parse(await readFile(file, "utf8")) as Json;
}

/**
 * Copies the project's record to `to` and grows it to `entries` entries.
 * @example await generateRecord({ from: process.cwd(), to: "/tmp/bench-1000", entries: 1000 })
 */
export async function generateRecord({ from, to, entries: total, seed = 1, today = isoDay(Date.now()) }: GenerateOptions): Promise<GeneratedCounts> {
  const r = random(seed);
  // The project's record comes along whole, so any data file added later stays valid with it.
  await cp(path.join(from, "content"), path.join(to, "content"), { recursive: true });
  await cp(path.join(from, "data"), path.join(to, "data"), { recursive: true });
  const realEntries = (await readdir(path.join(to, "content"), { recursive: true })).filter((f) => f.endsWith(".md")).length;
  const n = Math.max(0, total - realEntries);

  const dataDir = path.join(to, "data");
  const site = await readJson(path.join(dataDir, "site.json"));
  const phases = (site.phases as { id: string }[]).map((p) => p.id);
  const existing = await format.countExisting(dataDir);
  // Every kind, fund, stage and status comes from the record's own vocabularies, so any record grows.
  const vocabularies = (await readJson(path.join(dataDir, "vocabularies.json"))) as Record<string, { id: string; counts?: string }[]>;
  const idsOf = (list: string) => vocabularies[list]!.map((v) => v.id);
  const kindsWithMoney = idsOf("entryKinds").filter((k) => k.endsWith("-decision"));
  const otherKinds = idsOf("entryKinds").filter((k) => !kindsWithMoney.includes(k));
  const sourceKinds = idsOf("sourceKinds");
  const funds = idsOf("funds");
  // Most sums agreed, some still pending: the stages a decision takes money to, never "spent" or "none".
  const stages = vocabularies.moneyStages!.flatMap((s) => (s.counts === "agreed" ? [s.id, s.id] : s.counts === "pending" ? [s.id] : []));
  const promiseStatuses = idsOf("promiseStatuses");

  // Time runs from the record's earliest date, about three events a day, never reaching today.
  const start = dayMs(String(site.earliestDate));
  const span = Math.max(1, Math.min(Math.ceil(n / 3) + 30, Math.floor((dayMs(today) - start) / DAY) - 30));
  const dateOf = (i: number) => isoDay(start + Math.floor((i * span) / Math.max(1, n)) * DAY);

  // Sources: one for every four entries, dated along the same timeline.
  const sourceCount = Math.max(3, Math.ceil(n / 4));
  const sources: Json[] = Array.from({ length: sourceCount }, (_, s) => {
    const date = dateOf(Math.floor((s * n) / sourceCount));
    // One source in four is held for its passages only, as a newspaper's report would be.
    return format.source({
      id: `synthetic-source-${pad(s)}`, title: `Synthetic source ${s}: ${r.pickOne(TOPICS)}`, kind: r.pickOne(sourceKinds), date,
      publisher: s % 4 !== 1 ? "A synthetic publisher" : undefined,
      ...(s % 3 === 0 ? { url: `https://example.org/documents/${s}` } : {}),
      publish: s % 4 === 1 ? "passages-only" : "in-full",
    });
  });
  const sourceIds = sources.map((s) => String(s.id));
  const nearbySources = (i: number) => {
    const centre = Math.floor((i * sourceCount) / Math.max(1, n));
    return sourceIds.slice(Math.max(0, centre - 3), Math.min(sourceCount, centre + 3));
  };

  // People and bodies: one for every twenty entries; a few bodies take the decisions.
  const peopleCount = Math.max(6, Math.ceil(n / 20));
  const people: Json[] = Array.from({ length: peopleCount }, (_, p) => {
    const body = p % 5 === 0;
    const id = `synthetic-person-${pad(p)}`;
    if (body) return format.person({ id, name: `Synthetic committee ${p}`, type: "organisation" });
    return format.person({ id, name: `Synthetic Person ${p}`, type: "person", role: { title: r.pickOne(["Cabinet member", "Director", "Committee chair", "Councillor"]), seen: dateOf(Math.floor((p * n) / peopleCount)).slice(0, 4), sources: [r.pickOne(sourceIds)] } });
  });
  const personIds = people.filter((p) => p.type === "person").map((p) => String(p.id));
  const bodyIds = people.filter((p) => p.type === "organisation").map((p) => String(p.id));

  const funding: Json[] = [];
  const promises: Json[] = [];
  const statistics: Json[] = [];
  const files: { file: string; text: string }[] = [];

  for (let i = 0; i < n; i++) {
    const id = `synthetic-event-${pad(i)}`;
    const date = dateOf(i);
    const cites = r.some(nearbySources(i), 1, 3);
    const decides = i % 10 === 0;
    const kind = decides ? r.pickOne(kindsWithMoney) : r.pickOne(otherKinds);
    const involved = r.some(personIds, 0, 3);
    const decidedBy = decides || r.next() < 0.3 ? [r.pickOne(bodyIds)] : [];
    const precision = i % 17 === 5 ? "month" : i % 29 === 7 ? "range" : "day";
    const entryDate = precision === "month" ? `${date.slice(0, 8)}01` : date;

    const lines: string[] = [];
    if (decides) {
      const line = format.fundingLine({
        id: `synthetic-funding-${pad(i)}`,
        label: `Synthetic funding for ${r.pickOne(TOPICS)}`,
        amountPence: (1 + r.int(5000)) * 1_000_000,
        upTo: i % 30 === 0,
        fund: r.pickOne(funds),
        financialYear: financialYear(entryDate),
        stage: r.pickOne(stages),
        decidedBy: decidedBy[0]!,
        entry: id,
        sources: cites,
      });
      funding.push(line);
      lines.push(String(line.id));
    }
    if (i % 25 === 3) {
      promises.push(format.promise({
        id: `synthetic-promise-${pad(i)}`, text: `Deliver ${r.pickOne(TOPICS)} on time.`, madeBy: decidedBy[0] ?? r.pickOne(bodyIds), entry: id,
        status: r.pickOne(promiseStatuses), evidence: sentence(r, 14), sources: cites,
      }));
    }
    if (i % 100 === 50) {
      statistics.push(format.statistic({ id: `synthetic-statistic-${pad(i)}`, measure: `Synthetic measure ${i}`, changePercent: r.int(200) - 50, period: `${financialYear(date)} to the year after`, source: cites[0]! }));
    }

    const updateDate = isoDay(dayMs(entryDate) + 20 * DAY);
    const quote = involved.length > 0 && i % 3 === 0 ? { by: involved[0]!, text: passage(r, 12), source: cites[0]! } : undefined;
    const update = i % 20 === 9 && updateDate < today ? { date: updateDate, text: sentence(r, 10), sources: [cites[0]!] } : undefined;
    const title = `${r.pickOne(SUBJECTS)} ${r.pickOne(VERBS)} ${r.pickOne(TOPICS)} (${i})`;
    const body = [0, 1, 2]
      .map((p) => `${sentence(r, 18 + r.int(20))} ${sentence(r, 12 + r.int(16))}\n${sentence(r, 10 + r.int(10))} ([${r.pickOne(["news report", "council statement", "report"])}](source:${cites[p % cites.length]} ${format.q(passage(r, 6 + r.int(6)))}))`)
      .join("\n\n");
    const text = format.entryFile({
      title, date: entryDate, precision,
      dateTo: precision === "range" ? isoDay(dayMs(entryDate) + 14 * DAY) : undefined,
      kind, phase: phases[Math.min(phases.length - 1, Math.floor((i * phases.length) / n))]!,
      summary: sentence(r, 16 + r.int(12)), sources: cites, decidedBy, people: involved, funding: lines,
      quotes: quote ? [quote] : [], tags: r.some(TAGS, 0, 2), updates: update ? [update] : [], body,
    });
    files.push({ file: path.join(to, "content", entryDate.slice(0, 4), `${entryDate}-${id}.md`), text });
  }

  await format.writeDataFiles(dataDir, { sources, people, funding, promises, statistics }, COPY);
  for (const year of new Set(files.map((f) => path.dirname(f.file)))) await mkdir(year, { recursive: true });
  // Written in batches: ten thousand open files at once would exhaust descriptors on some machines.
  for (let b = 0; b < files.length; b += 256) {
    await Promise.all(files.slice(b, b + 256).map((f) => writeFile(f.file, f.text)));
  }

  return {
    entries: realEntries + n,
    sources: existing.sources + sources.length,
    people: existing.people + people.length,
    funding: existing.funding + funding.length,
    promises: existing.promises + promises.length,
    statistics: existing.statistics + statistics.length,
  };
}
