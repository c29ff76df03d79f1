/**
 * `npm run mutate [-- src/filters ...] [--force] [--concurrency 2] [--survivors] [--report-only]`: runs Stryker over each folder
 * named in stryker.config.mjs (or only those given), one folder at a time, each with its own
 * incremental file in .stryker/ so a rerun mutates only what changed. Prints the score per folder
 * and per stricter group, and exits 1 when any misses its target.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readIncrementalReport, readMeasuredSources } from "./read-report.ts";
import { filesMeasured } from "./files-measured.ts";
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

const unknown = named.filter((name) => !folders.some((f) => f.folder === name));
if (unknown.length > 0) {
  console.error(`Not in stryker.config.mjs's folders: ${unknown.join(", ")} (expected one of ${folders.map((f) => f.folder).join(", ")})`);
  process.exit(2);
}
const chosen = named.length > 0 ? folders.filter((f) => named.includes(f.folder)) : folders;

/** One incremental file per folder, committed, so a fresh clone starts from the last measured run. */
const incrementalFile = (folder: string): string => path.join(".stryker", `${folder.replaceAll("/", "-")}.json`);

const mutateGlobs = (folder: string, exclude: readonly string[] = []): string => {
  const own = folder.endsWith(".ts") ? [folder] : [`${folder}/**/*.ts`];
  return [...own, ...exclude.map((glob) => `!${glob}`)].join(",");
};

mkdirSync(path.join(root, ".stryker"), { recursive: true });
for (const { folder, exclude, withBuilds } of chosen) {
  if (reportOnly) break;
  console.log(`\n=== Stryker: ${folder} ===`);
  const run = spawnSync(
    process.execPath,
    [
      strykerBin,
      "run",
      "stryker.config.mjs",
      "--mutate",
      mutateGlobs(folder, exclude),
      "--incrementalFile",
      incrementalFile(folder),
      ...(force ? ["--force"] : []),
      ...(concurrency ? ["--concurrency", concurrency] : []),
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, MUTATE_WITH_BUILDS: withBuilds ? "1" : "0" } },
  );
  if (run.status !== 0) {
    console.error(`Stryker failed on ${folder} (exit ${run.status}); its score below is the last one recorded.`);
  }
}

// Score every folder from its incremental file, so the table is whole even after a partial rerun.
const mutants: ScoredMutant[] = [];
const missing: string[] = [];
const sources = new Map<string, string>();
for (const { folder } of folders) {
  const file = path.join(root, incrementalFile(folder));
  if (!existsSync(file)) {
    missing.push(folder);
    continue;
  }
  mutants.push(...readIncrementalReport(file));
  for (const [name, source] of readMeasuredSources(file)) sources.set(name, source);
}
const scores = scoreMutants(mutants, folders, groups, equivalentMutants);
if (args.includes("--survivors")) {
  for (const s of scores.filter((x) => x.survivors.length > 0)) console.log(`\nSurvived in ${s.name}:\n  ${s.survivors.join("\n  ")}`);
}
console.log(`\n${formatScores(scores)}`);
if (missing.length > 0) console.log(`Never measured: ${missing.join(", ")} (run npm run mutate -- ${missing[0]})`);
// A folder's score counts only the files measured: say how many that is, and which are not.
const coverage = filesMeasured(root, folders, sources);
console.log("\nfiles the scores stand on (measured on the code as it is now, of all the folder's files):");
for (const c of coverage) {
  const gaps = [
    c.stale.length > 0 ? `changed since measured: ${c.stale.join(", ")}` : "",
    c.never.length > 0 ? `never measured: ${c.never.join(", ")}` : "",
    c.noCode.length > 0 ? `nothing to mutate (types and re-exports): ${c.noCode.join(", ")}` : "",
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
