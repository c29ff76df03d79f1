import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { loadRecord } from "../loaders/load-record.ts";
import { listEntryFiles } from "../loaders/list-entry-files.ts";
import { didYouMean } from "../problems/did-you-mean.ts";
import { formatProblems } from "../problems/format-problems.ts";
import { readPreviewAddress } from "../preview/preview-address.ts";
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
  --sources IDS        the sources it relies on, ids from data/sources.json separated by commas
  --summary "TEXT"     one plain-language sentence (you can write it in the file later)
  --people IDS         people and bodies involved (ids from data/people.json), optional
  --decided-by IDS     who took the decision, optional
  --slug WORDS         the words after the date in the file name, if not those from the title
  --no-draft           leave out "draft: true" (the entry is published by the next build)
  --list               list the kinds, phases, sources and people to choose from
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
    say([table("Kinds", choices.kinds), table("Phases", choices.phases), table("Sources", choices.sources), table("People and bodies", choices.people)].join("\n"));
    return 0;
  }

  const answers: NewEntryAnswers = {
    kind: values.kind, title: values.title, date: values.date, phase: values.phase,
    sources: split(values.sources), summary: values.summary, people: split(values.people),
    decidedBy: split(values["decided-by"]), slug: values.slug, draft: !values["no-draft"],
  };
  if (io.interactive) {
    const asked = await ask(answers, choices, io);
    if (!asked) {
      say("\nStopped; nothing was written.");
      return 1;
    }
  }

  const existing = await listEntryFiles(io.root).catch(() => []);
  const planned = planEntry(answers, choices, existing);
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

  // The address the running preview recorded (it takes the next port when 8080 is busy).
  const origin = io.previewOrigin ?? readPreviewAddress(io.root);
  const preview = origin ? `${origin}${plan.url}` : `${plan.url} at the address npm start prints (it is not running now)`;
  say(
    [
      `Wrote ${plan.file}`,
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

/** Asks, one at a time, for each answer the flags left out; re-asks after a mistake. False when input ends. */
async function ask(answers: NewEntryAnswers, choices: Choices, io: CommandIo): Promise<boolean> {
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
      say(`\n${table("Sources (add a new document to data/sources.json first)", choices.sources)}`);
      const a = await question("Sources it relies on (numbers or names, separated by commas)", (s) => {
        const list = split(s) ?? [];
        if (list.length === 0) return "at least one source is required";
        return list.map((x) => pick(x, choices.sources, "source")).find((r): r is { error: string } => "error" in r)?.error;
      });
      if (a === undefined) return false;
      answers.sources = (split(a) ?? []).map((x) => idOf(choices.sources, x));
    }
    if (answers.summary === undefined) {
      say("");
      const a = await question("Summary: one plain-language sentence (or press Enter to write it in the file later)", (t) => (t.length > 280 ? `that is ${t.length} characters; at most 280` : undefined));
      if (a === undefined) return false;
      answers.summary = a || undefined;
    }
    say("");
    return true;
  } finally {
    rl.close();
  }
}
