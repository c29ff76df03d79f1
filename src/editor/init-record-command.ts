import { cp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { didYouMean } from "../problems/did-you-mean.ts";

/** The skeleton the command copies: a folder of record files, so a format migration rewrites it like any record. */
export const SKELETON_DIR = fileURLToPath(new URL("../../record-skeleton/", import.meta.url));

const RECORD_FOLDERS = ["content", "data"] as const;
const FLAGS = { force: { type: "boolean" }, help: { type: "boolean" } } as const;

const USAGE = `Usage: npm run init-record [-- [--force] [--record FOLDER]]

Writes a minimal valid record in place of content/ and data/: site settings and phases, one
example source, one example entry (a draft), a small set of vocabularies (kinds of entry and
source, funds, money stages, promise statuses) to rename and extend, and empty lists of people,
money, statistics, promises and glossary terms. It refuses to replace a record that is there unless given --force.

  --force          replace the content/ and data/ that are there (they are deleted)
  --record FOLDER  write the record in FOLDER instead of the project's own folder
`;

const NEXT_STEPS = `Next:
  1. Put your organisation's name, address and story in data/site.json (the phases too).
  2. Add each document your record relies on as a file in data/sources/ (what it is, then the copy you hold), and people and bodies to data/people.json.
  3. Rename or extend the kinds of entry and source, funds, money stages and promise statuses in data/vocabularies.json.
  4. Write entries with npm run new; delete the example entry when you have your own.
  5. npm run check lists anything wrong; npm start shows the site. CONTENT.md explains every field.`;

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

/**
 * `npm run init-record`: copies record-skeleton/ into `root` as its content/ and data/, and says
 * what it wrote. Returns the process exit code: 0 when written, 1 when it refused, 2 on a bad flag.
 */
export async function initRecordCommand(argv: string[], { root, say }: { root: string; say: (text: string) => void }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true }));
  } catch (error) {
    const flag = /'(--?[^']+)'/.exec((error as Error).message)?.[1] ?? "";
    const hint = flag ? didYouMean(flag.replace(/^-+/, ""), Object.keys(FLAGS)).replace(/"([^"]+)"/, '"--$1"') : "";
    say(`${(error as Error).message.replace(/\. To specify a positional argument.*$/, "")}${hint}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    say(USAGE);
    return 0;
  }
  const present: string[] = [];
  for (const folder of RECORD_FOLDERS) if (!(await isEmptyOrMissing(path.join(root, folder)))) present.push(`${folder}/`);
  if (present.length > 0 && !values.force) {
    say(`${root} already holds a record (${present.join(" and ")}); nothing was changed.\nTo replace it with an empty record, deleting what is there, run the command again with --force.`);
    return 1;
  }
  for (const folder of RECORD_FOLDERS) {
    await rm(path.join(root, folder), { recursive: true, force: true });
    await cp(path.join(SKELETON_DIR, folder), path.join(root, folder), { recursive: true });
  }
  const written: string[] = [];
  for (const folder of RECORD_FOLDERS) {
    for (const d of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (d.isFile()) written.push(path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join("/"));
    }
  }
  written.sort();
  say(`${present.length > 0 ? `Replaced the record in ${root} (${present.join(" and ")} deleted)` : `Wrote a new record in ${root}`}:\n${written.map((f) => `  ${f}`).join("\n")}\n\n${NEXT_STEPS}`);
  return 0;
}
