import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { loadRecord } from "../loaders/load-record.ts";
import { listEntryFiles } from "../loaders/list-entry-files.ts";
import { didYouMean } from "../problems/did-you-mean.ts";
import { formatProblems } from "../problems/format-problems.ts";
import { readPreviewAddress } from "../preview/preview-address.ts";
import { parsePounds } from "../cms/pounds.ts";
import type { Problem } from "../problems/problem.ts";
import { planStages, planSums, writeStages, writeSums, type NewStage, type NewSum } from "./add-funding-lines.ts";
import { planSource, writeSource, type NewSource, type PlannedSource } from "./add-source.ts";
import { loadChoices, parseDateAnswer, pick, planEntry, selfCheck, writeEntry, type Choices, type NewEntryAnswers } from "./scaffold-entry.ts";

export interface CommandIo {
  root: string;
  input: Readable;
  output: Writable;
  /** Ask for what the flags leave out (a person at a terminal); otherwise report it missing. */
  interactive: boolean;
  /** Today's date, YYYY-MM-DD, offered as the default date. */
  today: string;
  /** The preview server's address, for the printed link. */
  previewOrigin?: string;
}

const FLAGS = {
  kind: { type: "string" },
  title: { type: "string" },
  date: { type: "string" },
  phase: { type: "string" },
  sources: { type: "string" },
  summary: { type: "string" },
  people: { type: "string" },
  "decided-by": { type: "string" },
  amount: { type: "string" },
  "sum-label": { type: "string" },
  fund: { type: "string" },
  stage: { type: "string" },
  "financial-year": { type: "string" },
  "up-to": { type: "boolean" },
  "next-stage-of": { type: "string" },
  "new-source-title": { type: "string" },
  "new-source-kind": { type: "string" },
  "new-source-date": { type: "string" },
  "new-source-publisher": { type: "string" },
  "new-source-url": { type: "string" },
  slug: { type: "string" },
  "no-draft": { type: "boolean" },
  list: { type: "boolean" },
  help: { type: "boolean" },
} as const;

const USAGE = `Usage: npm run new [-- --kind KIND --title "TITLE" --date YYYY-MM-DD --phase PHASE --sources ID,ID]

Writes a new entry under content/, named by its date and title, with every required field and an
outline of the text to write. Run it with no options to be asked each question.

  --kind KIND          the kind of event (see --list)
  --title "TITLE"      one line, at most 120 characters; the file name and address come from it
  --date DATE          YYYY-MM-DD; or YYYY-MM when the sources give only the month; YYYY for a year;
                       FROM..TO (or FROM..) when all you know is a range
  --phase PHASE        the part of the story it belongs to (see --list)
  --sources IDS        the sources it relies on, ids from data/sources/ (file names without .md), separated by commas
  --summary "TEXT"     one plain-language sentence (you can write it in the file later)
  --people IDS         people and bodies involved (ids from data/people.json), optional
  --decided-by IDS     who took the decision, optional

  A sum of money the entry records (added to data/funding.json with this entry's id):
  --amount POUNDS      the amount in pounds: 4800000, 4,800,000.50 or £4.8m (stored exactly, in pence)
  --sum-label "TEXT"   what the money is for, one line
  --fund FUND          where it comes from (see --list)
  --stage STAGE        how far it had got (see --list)
  --financial-year FY  e.g. 2014/15; from the date when left out
  --up-to              the decision allowed "up to" the amount

  A sum already in data/funding.json that this entry takes to a new stage (the entry records it):
  --next-stage-of SUM  the sum's id (see --list), with --stage STAGE

  A source the entry relies on that is not yet in data/sources/ (written as a new file there, and cited):
  --new-source-title "TITLE"  --new-source-kind KIND  --new-source-date YYYY-MM-DD
  --new-source-publisher "NAME"  --new-source-url https://...

  --slug WORDS         the words after the date in the file name, if not those from the title
  --no-draft           leave out "draft: true" (the entry is published by the next build)
  --list               list the kinds, phases, sources, people, funds and stages to choose from
`;

const table = (title: string, options: readonly { id: string; label: string }[]) =>
  `${title}:\n${options.map((o, i) => `  ${String(i + 1).padStart(3)}  ${o.id.padEnd(Math.max(...options.map((x) => x.id.length)))}  ${o.label}`).join("\n")}\n`;

const split = (s: string | undefined) => (s === undefined ? undefined : s.split(",").map((x) => x.trim()).filter(Boolean));

/**
 * `npm run new`: asks for (or takes as flags) an entry's kind, title, date, phase and sources,
 * writes `content/YEAR/YYYY-MM-DD-words.md` and says where it is and what its address will be.
 * Returns the process exit code.
 */
export async function newEntryCommand(argv: string[], io: CommandIo): Promise<number> {
  const say = (text: string) => io.output.write(text.endsWith("\n") ? text : `${text}\n`);
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    const flag = /'(--?[^']+)'/.exec((error as Error).message)?.[1] ?? "";
    say(`${(error as Error).message}${flag ? didYouMean(flag.replace(/^-+/, ""), Object.keys(FLAGS)).replace(/"([^"]+)"/, '"--$1"') : ""}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    say(USAGE);
    return 0;
  }
  const loaded = await loadChoices(io.root);
  if (!loaded.ok) {
    say(`${formatProblems(loaded.problems)}\nFix these first: a new entry needs the data files it points at.`);
    return 1;
  }
  const { choices } = loaded;
  if (values.list) {
    say([
      table("Kinds", choices.kinds), table("Phases", choices.phases), table("Sources", choices.sources), table("People and bodies", choices.people),
      table("Kinds of source", choices.sourceKinds), table("Funds", choices.funds), table("Stages of a sum of money", choices.moneyStages),
      ...(choices.sums.length > 0 ? [table("Sums of money already recorded", choices.sums)] : []),
    ].join("\n"));
    return 0;
  }

  const answers: NewEntryAnswers = {
    kind: values.kind, title: values.title, date: values.date, phase: values.phase,
    sources: split(values.sources), summary: values.summary, people: split(values.people),
    decidedBy: split(values["decided-by"]), slug: values.slug, draft: !values["no-draft"],
  };
  const extra: Extras = { sums: [], stages: [], newSource: undefined };
  const flagErrors = extrasFromFlags(values, choices, extra);
  if (io.interactive) {
    const asked = await ask(answers, choices, io, extra);
    if (!asked) {
      say("\nStopped; nothing was written.");
      return 1;
    }
  }

  // A new source is checked first: the entry cites it.
  let newSource: PlannedSource | undefined;
  if (extra.newSource) {
    const checked = await planSource(io.root, extra.newSource);
    if (!checked.ok) return fail(say, checked.problems, flagErrors);
    const { id, frontMatter: source } = (newSource = checked.source);
    choices.sources.push({ id, label: source.title, kind: source.kind, kindLabel: choices.sourceKinds.find((k) => k.id === source.kind)?.label ?? source.kind });
    answers.sources = [...(answers.sources ?? []), newSource.id];
  }
  const existing = await listEntryFiles(io.root).catch(() => []);
  let planned = planEntry(answers, choices, existing);
  // A sum's stage names the entry that records it, so sums are checked once the entry's id is known.
  let sums: Awaited<ReturnType<typeof planSums>> = { ok: true, sums: [] };
  let stages: Awaited<ReturnType<typeof planStages>> = { ok: true, stages: [] };
  if (planned.ok && extra.sums.length + extra.stages.length > 0) {
    const id = planned.plan.id;
    // Unless a sum says otherwise, whoever took the entry's decision decided it, on the entry's sources.
    const decided = <T extends { decidedBy?: string | undefined; sources?: string[] | undefined }>(x: T) => ({ ...x, decidedBy: x.decidedBy ?? answers.decidedBy?.[0], sources: x.sources ?? answers.sources });
    [sums, stages] = await Promise.all([planSums(io.root, id, extra.sums.map(decided) as NewSum[]), planStages(io.root, id, extra.stages.map(decided) as NewStage[])]);
    if (!sums.ok || !stages.ok) return fail(say, [...(sums.ok ? [] : sums.problems), ...(stages.ok ? [] : stages.problems)], flagErrors);
    planned = planEntry({ ...answers, funding: [...new Set([...stages.stages.map((s) => s.sum), ...sums.sums.map((s) => s.id)])] }, choices, existing);
  }
  if (flagErrors.length > 0 && planned.ok) planned = { ok: false, errors: flagErrors };
  else if (flagErrors.length > 0 && !planned.ok) planned = { ok: false, errors: [...planned.errors, ...flagErrors] };
  if (!planned.ok) {
    const missingLists = [
      planned.errors.some((e) => e.startsWith("--kind")) ? table("Kinds", choices.kinds) : "",
      planned.errors.some((e) => e.startsWith("--phase")) ? table("Phases", choices.phases) : "",
      planned.errors.some((e) => e.startsWith("--sources")) ? table("Sources", choices.sources) : "",
    ].filter(Boolean);
    say(`${planned.errors.join("\n")}\nNothing was written.${missingLists.length ? `\n\n${missingLists.join("\n")}` : ""}`);
    return 1;
  }
  const { plan } = planned;
  const broken = selfCheck(plan);
  if (broken.length > 0) {
    say(`The entry could not be written correctly (this is a bug; please report it):\n${formatProblems(broken)}`);
    return 1;
  }
  const written = await writeEntry(io.root, plan);
  if (!written.ok) {
    say(`${written.error}\nNothing was written.`);
    return 1;
  }
  const added: string[] = [];
  if (newSource) {
    await writeSource(io.root, newSource);
    added.push(`Wrote ${newSource.file}: paste the document's text into it after the closing ---`);
  }
  if (stages.ok && stages.stages.length > 0) {
    await writeStages(io.root, stages.stages);
    added.push(...stages.stages.map((s) => `Added the stage "${s.stage.stage}" to "${s.sum}" in data/funding.json`));
  }
  if (sums.ok && sums.sums.length > 0) {
    await writeSums(io.root, sums.sums);
    added.push(`Added ${sums.sums.map((l) => `"${l.id}"`).join(", ")} to data/funding.json`);
  }

  // The address the running preview recorded (it takes the next port when 8080 is busy).
  const origin = io.previewOrigin ?? readPreviewAddress(io.root);
  const preview = origin ? `${origin}${plan.url}` : `${plan.url} at the address npm start prints (it is not running now)`;
  say(
    [
      `Wrote ${plan.file}`,
      ...added,
      `Its page: ${plan.url}`,
      `  in the preview (npm start): ${preview}`,
      `  when published:             ${plan.publishedUrl}${answers.draft === false ? "" : " (once you delete the line draft: true)"}`,
      "",
      "Next: open the file and replace every TODO with your own words (CONTENT.md explains each field),",
      "then run npm run check, and npm start to see the page.",
    ].join("\n"),
  );
  const record = await loadRecord(io.root, { includeDrafts: true, today: io.today });
  say(record.ok ? "npm run check: all content is valid." : `npm run check finds:\n${formatProblems(record.problems)}`);
  return 0;
}

/** What an entry may add to the data files besides itself. */
interface Extras {
  sums: Partial<NewSum>[];
  stages: Partial<NewStage>[];
  newSource: NewSource | undefined;
}

function fail(say: (text: string) => void, problems: readonly Problem[], more: readonly string[]): number {
  say(`${[...problems.map((p) => `${p.field ? `${p.field}: ` : ""}${p.message}`), ...more].join("\n")}\nNothing was written.`);
  return 1;
}

/** The UK financial year a date falls in: 20 November 2014 is in 2014/15, 10 March 2015 too. */
export const financialYearOf = (date: string): string => {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
};

/** The sum and the new source given as flags; returns the mistakes in them. */
function extrasFromFlags(values: Record<string, string | boolean | undefined>, choices: Choices, extra: Extras): string[] {
  const errors: string[] = [];
  const text = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const term = (flag: string, options: Choices["funds"], noun: string) => {
    const given = text(flag);
    if (given === undefined) return void errors.push(`--${flag}: is required with --amount (see --list)`);
    const r = pick(given, options, noun);
    if ("error" in r) return void errors.push(`--${flag}: ${r.error}`);
    return r.value.id;
  };
  const amount = text("amount");
  if (amount !== undefined) {
    const pounds = parsePounds(amount);
    if ("error" in pounds) errors.push(`--amount: ${pounds.error}`);
    const label = text("sum-label");
    if (!label) errors.push("--sum-label: is required with --amount (what the money is for, one line)");
    const fund = term("fund", choices.funds, "fund");
    const stage = term("stage", choices.moneyStages, "stage");
    const date = text("date");
    const financialYear = text("financial-year") ?? (date && /^\d{4}-\d{2}/.test(date) ? financialYearOf(date) : undefined);
    if ("pence" in pounds && label && fund && stage) extra.sums.push({ label, amountPence: pounds.pence, fund, stage, financialYear, ...(values["up-to"] ? { upTo: true } : {}) });
  } else if (text("next-stage-of") !== undefined) {
    const r = pick(text("next-stage-of")!, choices.sums, "sum of money");
    if ("error" in r) errors.push(`--next-stage-of: ${r.error}`);
    const stage = term("stage", choices.moneyStages, "stage");
    for (const k of ["sum-label", "fund", "financial-year"]) if (text(k) !== undefined) errors.push(`--${k}: is only used with --amount (a sum already recorded keeps its own)`);
    if ("value" in r && stage) extra.stages.push({ sum: r.value.id, stage });
  } else {
    for (const k of ["sum-label", "fund", "stage", "financial-year"]) if (text(k) !== undefined) errors.push(`--${k}: is only used with --amount`);
  }
  const title = text("new-source-title");
  if (title !== undefined) {
    const kind = text("new-source-kind");
    const r = kind === undefined ? { error: "is required with --new-source-title (see --list)" } : pick(kind, choices.sourceKinds, "kind of source");
    if ("error" in r) errors.push(`--new-source-kind: ${r.error}`);
    const date = text("new-source-date") ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push(`--new-source-date: "${date}" is not a date (expected YYYY-MM-DD)`);
    if ("value" in r) extra.newSource = { title, kind: r.value.id, date, datePrecision: "day", publisher: text("new-source-publisher"), url: text("new-source-url") } as NewSource;
  }
  return errors;
}

/** Asks, one at a time, for each answer the flags left out; re-asks after a mistake. False when input ends. */
async function ask(answers: NewEntryAnswers, choices: Choices, io: CommandIo, extra: Extras): Promise<boolean> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.input === process.stdin && process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const say = (text: string) => io.output.write(`${text}\n`);
  // A prompt must hold no line break: readline redraws it by moving up a row per break, erasing what was printed above.
  const question = async (prompt: string, check: (answer: string) => string | undefined, fallback?: string): Promise<string | undefined> => {
    for (;;) {
      rl.setPrompt(`${prompt}${fallback ? ` [${fallback}]` : ""}: `);
      rl.prompt();
      const next = await lines.next();
      if (next.done) return undefined;
      const answer = next.value.trim() || fallback || "";
      const error = check(answer);
      if (error === undefined) return answer;
      say(`  ${error}`);
    }
  };
  const fromList = <T extends { id: string }>(options: readonly T[], noun: string) => (a: string) => {
    if (a === "") return `choose a ${noun} from the list`;
    const r = pick(a, options, noun);
    return "error" in r ? r.error : undefined;
  };
  const idOf = <T extends { id: string }>(options: readonly T[], a: string) => {
    const r = pick(a, options, "");
    return "value" in r ? r.value.id : a;
  };
  try {
    say("A new entry for the record. Answer each question and press Enter; a value in [brackets] is used if you just press Enter.\n");
    if (answers.kind === undefined) {
      say(table("Kinds of entry", choices.kinds));
      const a = await question("Kind (number or name)", fromList(choices.kinds, "kind"));
      if (a === undefined) return false;
      answers.kind = idOf(choices.kinds, a);
    }
    if (answers.title === undefined) {
      say("");
      const a = await question("Title (one line, at most 120 characters)", (t) => (t === "" ? "a title is required" : t.length > 120 ? `that is ${t.length} characters; at most 120` : undefined));
      if (a === undefined) return false;
      answers.title = a;
    }
    if (answers.date === undefined) {
      say("\nDate: YYYY-MM-DD; YYYY-MM if the sources give only the month; YYYY for only the year; FROM..TO for a range.");
      const a = await question("Date", (d) => parseDateAnswer(d).error, io.today);
      if (a === undefined) return false;
      answers.date = a;
    }
    if (answers.phase === undefined) {
      say(`\n${table("Phases of the story", choices.phases)}`);
      const a = await question("Phase (number or name)", fromList(choices.phases, "phase"), choices.latestPhase);
      if (a === undefined) return false;
      answers.phase = idOf(choices.phases, a);
    }
    if (answers.sources === undefined) {
      say(`\n${table("Sources", choices.sources)}`);
      const a = await question("Sources it relies on (numbers or names, separated by commas; new for a document not listed)", (s) => {
        const list = (split(s) ?? []).filter((x) => x !== "new");
        if (list.length === 0 && !/\bnew\b/.test(s)) return "at least one source is required";
        return list.map((x) => pick(x, choices.sources, "source")).find((r): r is { error: string } => "error" in r)?.error;
      });
      if (a === undefined) return false;
      const listed = split(a) ?? [];
      answers.sources = listed.filter((x) => x !== "new").map((x) => idOf(choices.sources, x));
      if (listed.includes("new") && extra.newSource === undefined) {
        say("\nThe new source: the document the entry relies on.");
        const title = await question("Its title, as the document gives it", (t) => (t === "" ? "a title is required" : t.length > 200 ? `that is ${t.length} characters; at most 200` : undefined));
        if (title === undefined) return false;
        say(table("Kinds of source", choices.sourceKinds));
        const kind = await question("Kind (number or name)", fromList(choices.sourceKinds, "kind of source"));
        if (kind === undefined) return false;
        const date = await question("Its date (YYYY-MM-DD)", (d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? parseDateAnswer(d).error : "expected YYYY-MM-DD"), io.today);
        if (date === undefined) return false;
        const publisher = await question("Who published it (or press Enter to leave it out)", (t) => (t.length > 120 ? `that is ${t.length} characters; at most 120` : undefined));
        if (publisher === undefined) return false;
        const url = await question("Its link, https://... (or press Enter if it is not online)", (u) => (u === "" || /^https:\/\/\S+$/.test(u) ? undefined : "expected a full https:// link"));
        if (url === undefined) return false;
        extra.newSource = { title, kind: idOf(choices.sourceKinds, kind), date, datePrecision: "day", ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) } as NewSource;
      }
    }
    if (answers.summary === undefined) {
      say("");
      const a = await question("Summary: one plain-language sentence (or press Enter to write it in the file later)", (t) => (t.length > 280 ? `that is ${t.length} characters; at most 280` : undefined));
      if (a === undefined) return false;
      answers.summary = a || undefined;
    }
    const people = (prompt: string) => async () =>
      question(prompt, (s) => (split(s) ?? []).map((x) => pick(x, choices.people, "person or body")).find((r): r is { error: string } => "error" in r)?.error);
    if (answers.people === undefined || answers.decidedBy === undefined) say(`\n${table("People and bodies", choices.people)}`);
    if (answers.people === undefined) {
      const a = await people("People and bodies involved (numbers or names, separated by commas; or press Enter for none)")();
      if (a === undefined) return false;
      answers.people = (split(a) ?? []).map((x) => idOf(choices.people, x));
    }
    if (answers.decidedBy === undefined) {
      const a = await people("Who decided, if it is a decision (numbers or names; or press Enter for none)")();
      if (a === undefined) return false;
      answers.decidedBy = (split(a) ?? []).map((x) => idOf(choices.people, x));
    }
    if (extra.sums.length === 0) {
      for (let n = 1; ; n++) {
        say("");
        const amount = await question(`${n === 1 ? "A sum of money it records" : "Another sum"}: the amount in pounds, such as £4.8m (or press Enter for ${n === 1 ? "none" : "no more"})`, (t) => {
          if (t === "") return undefined;
          const r = parsePounds(t);
          return "error" in r ? r.error : undefined;
        });
        if (amount === undefined) return false;
        if (amount === "") break;
        const label = await question("What the money is for (one line)", (t) => (t === "" ? "a label is required" : t.length > 120 ? `that is ${t.length} characters; at most 120` : undefined));
        if (label === undefined) return false;
        say(table("Funds", choices.funds));
        const fund = await question("Fund (number or name)", fromList(choices.funds, "fund"));
        if (fund === undefined) return false;
        say(table("Stages", choices.moneyStages));
        const stage = await question("How far it had got (number or name)", fromList(choices.moneyStages, "stage"));
        if (stage === undefined) return false;
        const fallback = answers.date && /^\d{4}-\d{2}/.test(answers.date) ? financialYearOf(answers.date) : undefined;
        const year = await question("Financial year", (t) => (/^\d{4}\/\d{2}$/.test(t) ? undefined : "expected the form 2014/15"), fallback);
        if (year === undefined) return false;
        let decidedBy = answers.decidedBy[0];
        if (!decidedBy) {
          const a = await question("Who decided it (number or name)", fromList(choices.people, "person or body"));
          if (a === undefined) return false;
          decidedBy = idOf(choices.people, a);
        }
        const pence = parsePounds(amount) as { pence: number };
        extra.sums.push({ label, amountPence: pence.pence, fund: idOf(choices.funds, fund), stage: idOf(choices.moneyStages, stage), financialYear: year, decidedBy });
      }
    }
    say("");
    return true;
  } finally {
    rl.close();
  }
}
