/**
 * `npm run mutate [-- src/filters src/views/a.ts ...] [--force] [--concurrency 2] [--survivors] [--report-only]`:
 * runs Stryker over each folder named in stryker.config.mjs (or only those given, or only the
 * files given, within their folders), one folder at a time, each with its own incremental file in
 * .stryker/ so a rerun mutates only what changed. Prints the score per folder and per stricter
 * group, and exits 1 when any misses its target.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readIncrementalReport, readMeasuredSources } from "./read-report.ts";
import { filesMeasured, filesOf } from "./files-measured.ts";
import { readMeasuredHashes, recordMeasured } from "./measured-hashes.ts";
import { scoreMutants, type EquivalentMutant, type FolderTarget, type GroupTarget, type ScoredMutant } from "./score-mutants.ts";
import { formatScores } from "./format-scores.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Imported by address: the config is plain JavaScript, which Stryker reads too.
const { equivalentMutants, folders, groups } = (await import(pathToFileURL(path.join(root, "stryker.config.mjs")).href)) as {
  folders: FolderTarget[];
  groups: GroupTarget[];
  equivalentMutants: EquivalentMutant[];
};
const strykerBin = path.join(root, "node_modules/@stryker-mutator/core/bin/stryker.js");

const args = process.argv.slice(2);
const force = args.includes("--force");
const concurrencyAt = args.indexOf("--concurrency");
const concurrency = concurrencyAt >= 0 ? args[concurrencyAt + 1] : undefined;
const named = args.filter((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--concurrency").map((arg) => arg.replace(/\/$/, ""));
const reportOnly = args.includes("--report-only");

/** The folder a name is, or holds it as one of the files its run mutates. */
const folderOf = (name: string): FolderTarget | undefined =>
  folders.find((f) => f.folder === name) ?? folders.find((f) => filesOf(root, f).includes(name));
const unknown = named.filter((name) => folderOf(name) === undefined);
if (unknown.length > 0) {
  console.error(`Not in stryker.config.mjs's folders: ${unknown.join(", ")} (expected one of ${folders.map((f) => f.folder).join(", ")}, or a file in one)`);
  process.exit(2);
}
/** Each folder to run, with the files given within it (none given: the whole folder). */
const chosen = (named.length > 0 ? folders.filter((f) => named.some((name) => folderOf(name) === f)) : folders).map((f) => ({
  ...f,
  files: named.includes(f.folder) ? [] : named.filter((name) => folderOf(name) === f),
}));
const measuredFile = path.join(root, ".stryker", "measured.json");

/** One incremental file per folder, committed, so a fresh clone starts from the last measured run. */
const incrementalFile = (folder: string): string => path.join(".stryker", `${folder.replaceAll("/", "-")}.json`);

const mutateGlobs = (folder: string, exclude: readonly string[] = []): string => {
  const own = folder.endsWith(".ts") ? [folder] : [`${folder}/**/*.ts`];
  return [...own, ...exclude.map((glob) => `!${glob}`)].join(",");
};

mkdirSync(path.join(root, ".stryker"), { recursive: true });
for (const target of chosen) {
  if (reportOnly) break;
  const { folder, exclude, withBuilds, files } = target;
  console.log(`\n=== Stryker: ${files.length > 0 ? files.join(", ") : folder} ===`);
  // Read before the run: Stryker mutates a copy taken as it starts.
  const mutated = new Map((files.length > 0 ? files : filesOf(root, target)).map((f) => [f, readFileSync(path.join(root, f), "utf8")]));
  const run = spawnSync(
    process.execPath,
    [
      strykerBin,
      "run",
      "stryker.config.mjs",
      "--mutate",
      files.length > 0 ? files.join(",") : mutateGlobs(folder, exclude),
      "--incrementalFile",
      incrementalFile(folder),
      ...(force ? ["--force"] : []),
      ...(concurrency ? ["--concurrency", concurrency] : []),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, MUTATE_WITH_BUILDS: withBuilds ? "1" : "0" } },
  );
  if (run.status !== 0) {
    console.error(`Stryker failed on ${folder} (exit ${run.status}); its score below is the last one recorded.`);
  } else {
    recordMeasured(measuredFile, mutated);
  }
}

// Score every folder from its incremental file, so the table is whole even after a partial rerun.
const mutants: ScoredMutant[] = [];
const missing: string[] = [];
const reported = new Set<string>();
for (const { folder } of folders) {
  const file = path.join(root, incrementalFile(folder));
  if (!existsSync(file)) {
    missing.push(folder);
    continue;
  }
  mutants.push(...readIncrementalReport(file));
  for (const name of readMeasuredSources(file).keys()) reported.add(name);
}
const scores = scoreMutants(mutants, folders, groups, equivalentMutants);
if (args.includes("--survivors")) {
  for (const s of scores.filter((x) => x.survivors.length > 0)) console.log(`\nSurvived in ${s.name}:\n  ${s.survivors.join("\n  ")}`);
}
console.log(`\n${formatScores(scores)}`);
if (missing.length > 0) console.log(`Never measured: ${missing.join(", ")} (run npm run mutate -- ${missing[0]})`);
// A folder's score counts only the files measured: say how many that is, and which are not.
const coverage = filesMeasured(root, folders, readMeasuredHashes(measuredFile), reported);
console.log("\nfiles the scores stand on (measured on the code as it is now, of all the folder's files):");
for (const c of coverage) {
  const gaps = [
    c.stale.length > 0 ? `changed since measured: ${c.stale.join(", ")}` : "",
    c.never.length > 0 ? `never measured: ${c.never.join(", ")}` : "",
    c.noCode.length > 0 ? `nothing to mutate: ${c.noCode.join(", ")}` : "",
  ].filter(Boolean);
  console.log(`  ${c.folder}: ${c.current.length + c.noCode.length} of ${c.total}${gaps.length > 0 ? ` (${gaps.join("; ")})` : ""}`);
}
const incomplete = coverage
  .filter((c) => c.current.length + c.noCode.length < c.total && !missing.includes(c.folder))
  .map((c) => `${c.folder} (${c.current.length + c.noCode.length} of ${c.total} files)`);
const failing = scores.filter((s) => !s.meetsTarget);
if (failing.length > 0 || missing.length > 0 || incomplete.length > 0) {
  console.log(`${failing.length + missing.length + incomplete.length} not shown to meet the target: ${[...failing.map((s) => s.name), ...missing, ...incomplete].join(", ")}`);
  process.exit(1);
}
console.log("Every folder meets its target.");
