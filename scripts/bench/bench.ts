/**
 * `npm run bench`: the whole `npm run build` (search index included) against bare Eleventy on the
 * same synthetic record at 1,000 and 10,000 entries, plus `npm run check`, a rebuild in `npm start`
 * after one save, Hugo as a reference where it is installed, and page weights. Absolute times depend
 * on the machine; the ratios measured in one run are the figures we track. The report is printed at
 * the end, headline first; progress goes to stderr. See docs/performance.md.
 * Options: --sizes=1000,10000 --runs=5,3 (per size, or one for all) --edits=3 --keep (the working
 * folder) --skip-rebuild --skip-weights --skip-hugo
 */
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { entryUrl } from "../../src/loaders/load-entry.ts";
import { generateRecord, type GeneratedCounts } from "./generate-record.ts";
import { measureRebuild } from "./measure-rebuild.ts";
import { pageWeights } from "./page-weights.ts";
import { runTimed, type TimedRun } from "./run-timed.ts";
import { bareConfigFile, linkProject, makeBare, makeHugo } from "./workspaces.ts";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const sizes = option("sizes", "1000,10000").split(",").map(Number);
const runList = option("runs", "5,3").split(",").map(Number);
const runsAt = (i: number) => runList[Math.min(i, runList.length - 1)]!;
const edits = Number(option("edits", "3"));

const scripts = (JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
for (const name of ["build", "check", "start"]) if (!scripts[name]) throw new Error(`package.json has no "${name}" script to measure`);
const eleventyCli = path.join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const eleventyVersion = (JSON.parse(await readFile(path.join(projectRoot, "node_modules", "@11ty", "eleventy", "package.json"), "utf8")) as { version: string }).version;
const hugoVersion = (() => {
  if (flag("skip-hugo")) return undefined;
  try {
    return /v[\d.]+/.exec(execFileSync("hugo", ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))?.[0] ?? "unknown version";
  } catch {
    return undefined;
  }
})();

/** The environment npm gives a script: the workspace's node_modules/.bin first; no colour codes; no drafts. */
const scriptEnv = (dir: string): NodeJS.ProcessEnv => {
  const { AR_DRAFTS: _drafts, ...env } = process.env;
  return { ...env, PATH: `${path.join(dir, "node_modules", ".bin")}${path.delimiter}${env.PATH ?? ""}`, NO_COLOR: "1", FORCE_COLOR: "0" };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const maxOf = (xs: (number | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : Math.max(...(xs as number[])));
const secs = (s: number) => `${s.toFixed(2)} s`;
const mib = (m: number | undefined) => (m === undefined ? "n/a" : `${Math.round(m)} MiB`);
const times = (r: number) => `${r.toFixed(2)}×`;
const count = (n: number) => n.toLocaleString("en-GB");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const report: string[] = [];
const say = (line = "") => report.push(line.trimEnd());
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

interface Series { runs: TimedRun[]; median: number; cpu: number | undefined; peak: number | undefined }
const series = (list: TimedRun[]): Series => {
  const cpu = list.map((r) => r.cpuSeconds);
  return { runs: list, median: median(list.map((r) => r.seconds)), cpu: cpu.every((c) => c !== undefined) ? median(cpu as number[]) : undefined, peak: maxOf(list.map((r) => r.maxRssMiB)) };
};
/** The build's own split of its time, from its "Timings:" line. */
interface Split { startup: number; checks: number; pages: number; search: number; publishing: number; indexed: number; parts: number }
interface SizeResult { n: number; counts: GeneratedCounts; pages: number; build: Series; split: Split | undefined; bare: Series; check: Series; checkCold: Series; hugo?: Series; rebuild?: { seconds: number; each: number[]; eleventy: number[] } }
const cpuRatio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "n/a" : times(a / b));

const readSplit = async (logFile: string): Promise<Omit<Split, "startup"> | undefined> => {
  const m = /^Timings: checks ([\d.]+) s, pages ([\d.]+) s, search index ([\d.]+) s after the pages \((\d+) pages indexed in (\d+) parts?\), publishing ([\d.]+) s\.$/m.exec(await readFile(logFile, "utf8").catch(() => ""));
  return m ? { checks: Number(m[1]), pages: Number(m[2]), search: Number(m[3]), indexed: Number(m[4]), parts: Number(m[5]), publishing: Number(m[6]) } : undefined;
};
const countHtml = async (dir: string) => (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html")).length;
const git = (...args: string[]) => {
  try {
    return execFileSync("git", args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};

const work = await mkdtemp(path.join(os.tmpdir(), "ar-bench-"));
const logs = path.join(work, "logs");
await mkdir(logs);
const started = performance.now();
const loadAtStart = load();

const results: SizeResult[] = [];
try {
  for (const [sizeIndex, n] of sizes.entries()) {
    const runs = runsAt(sizeIndex);
    const projectDir = path.join(work, `project-${n}`);
    const bareDir = path.join(work, `bare-${n}`);
    const hugoDir = path.join(work, `hugo-${n}`);
    progress(`${count(n)} entries: generating the record`);
    await linkProject(projectRoot, projectDir);
    const counts = await generateRecord({ from: projectRoot, to: projectDir, entries: n });
    await makeBare(path.join(projectDir, "content"), bareDir);
    if (hugoVersion) await makeHugo(path.join(projectDir, "content"), hugoDir);

    // Once untimed: the first check after a code change also bundles the command (src/cli/run-bundled.mjs),
    // which an editor's every later check does not.
    await runTimed(scripts.check!, { cwd: projectDir, logDir: logs, name: `check-${n}-warm-up`, env: scriptEnv(projectDir) });
    const build: TimedRun[] = [];
    const bare: TimedRun[] = [];
    const check: TimedRun[] = [];
    const checkCold: TimedRun[] = [];
    // An editor checks after a save: before each timed check one entry changes (a line added at
    // the end of its body), so the check's store (src/loaders/check-cache.ts) has to read it again.
    const entryFiles = (await readdir(path.join(projectDir, "content"), { recursive: true })).filter((f) => /synthetic-event-\d+\.md$/.test(f)).sort();
    const saveOne = async (r: number) => {
      const file = path.join(projectDir, "content", entryFiles[Math.floor(((r + 1) * entryFiles.length) / (runs + 1))]!);
      await writeFile(file, `${await readFile(file, "utf8")}\n`);
    };
    const hugo: TimedRun[] = [];
    for (let r = 0; r < runs; r++) {
      progress(`${count(n)} entries: run ${r + 1} of ${runs} (load ${load()})`);
      // As on a fresh clone in CI: no earlier build to clear away (_site is a link into _site.builds/).
      await rm(path.join(projectDir, "_site"), { recursive: true, force: true });
      await rm(path.join(projectDir, "_site.builds"), { recursive: true, force: true });
      build.push(await runTimed(scripts.build!, { cwd: projectDir, logDir: logs, name: `build-${n}-${r}`, env: scriptEnv(projectDir) }));
      await rm(path.join(bareDir, "_site"), { recursive: true, force: true });
      bare.push(await runTimed(`node "${eleventyCli}" --config=${bareConfigFile} --quiet`, { cwd: bareDir, logDir: logs, name: `bare-${n}-${r}`, env: scriptEnv(projectDir) }));
      await saveOne(r);
      check.push(await runTimed(scripts.check!, { cwd: projectDir, logDir: logs, name: `check-${n}-${r}`, env: scriptEnv(projectDir) }));
      // As on a fresh clone, where there is no store yet: every file read and validated.
      checkCold.push(await runTimed(`${scripts.check!} --no-cache`, { cwd: projectDir, logDir: logs, name: `check-${n}-${r}-no-store`, env: scriptEnv(projectDir) }));
      if (hugoVersion) {
        await rm(path.join(hugoDir, "_site"), { recursive: true, force: true });
        hugo.push(await runTimed("hugo --quiet --destination _site", { cwd: hugoDir, logDir: logs, name: `hugo-${n}-${r}`, env: scriptEnv(projectDir) }));
      }
    }
    const splits = await Promise.all(build.map((_, r) => readSplit(path.join(logs, `build-${n}-${r}.log`))));
    const split = splits.every((s) => s !== undefined)
      ? {
          // Run by run: the medians of the parts need not add up to the median of the whole.
          startup: median(splits.map((s, r) => Math.max(0, build[r]!.seconds - s!.checks - s!.pages - s!.search - s!.publishing))),
          checks: median(splits.map((s) => s!.checks)), pages: median(splits.map((s) => s!.pages)), search: median(splits.map((s) => s!.search)), publishing: median(splits.map((s) => s!.publishing)), indexed: splits[0]!.indexed, parts: splits[0]!.parts }
      : undefined;
    const result: SizeResult = { n, counts, pages: await countHtml(path.join(projectDir, "_site")), build: series(build), split, bare: series(bare), check: series(check), checkCold: series(checkCold) };
    if (hugoVersion) result.hugo = series(hugo);

    // Rebuild in `npm start` after one entry changes: a few entries, saved one at a time.
    if (!flag("skip-rebuild")) {
      progress(`${count(n)} entries: rebuild after a save in npm start (load ${load()})`);
      const synthetic = (await readdir(path.join(projectDir, "content"), { recursive: true })).filter((f) => /synthetic-event-\d+\.md$/.test(f)).sort();
      const chosen = Array.from({ length: Math.min(edits, synthetic.length) }, (_, i) => synthetic[Math.floor(((i + 1) * synthetic.length) / (edits + 1))]!);
      await rm(path.join(projectDir, "_site"), { recursive: true, force: true });
      const rebuilds = await measureRebuild({
        cwd: projectDir,
        startCommand: scripts.start!,
        // The preview writes here, never to _site/ (src/cli/preview.ts, PREVIEW_OUTPUT).
        siteDir: ".cache/preview",
        files: chosen.map((f) => ({ file: path.join("content", f), page: entryUrl(path.basename(f, ".md").slice(11)) })),
      });
      result.rebuild = { seconds: median(rebuilds.map((r) => r.seconds)), each: rebuilds.map((r) => r.seconds), eleventy: rebuilds.map((r) => r.eleventySeconds) };
    }
    results.push(result);
  }

  const small = results.find((r) => r.n === 1000) ?? results[0]!;
  const large = results.find((r) => r.n === 10000) ?? results.at(-1)!;
  const ratio = (r: SizeResult) => r.build.median / r.bare.median;

  say(`Benchmark of accountability-report at ${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (uncommitted changes)" : ""}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
  say();
  say(`HEADLINE: npm run build, search index included, at ${count(large.n)} entries = ${times(ratio(large))} bare Eleventy (target ≤ 2.00×; CPU ${cpuRatio(large.build.cpu, large.bare.cpu)}), peak memory ${mib(large.build.peak)}`);
  say();
  say(`Node ${process.version}, Eleventy ${eleventyVersion}, Hugo ${hugoVersion ?? (flag("skip-hugo") ? "skipped (--skip-hugo)" : "not installed")}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}`);
  say(`Load average (1, 5, 15 min) at the start ${loadAtStart}, at the end ${load()}: above ${os.cpus().length} the machine was shared and wall times stretch.`);
  say(`Commands: build = "${scripts.build}", check = "${scripts.check}", start = "${scripts.start}", bare = "node ${path.relative(projectRoot, eleventyCli)} --config=${bareConfigFile} --quiet"${hugoVersion ? ', hugo = "hugo --quiet"' : ""}`);
  say(`Median wall time over ${sizes.map((n, i) => `${runsAt(i)} runs at ${count(n)}`).join(", ")} (build, bare, check${hugoVersion ? " and Hugo" : ""} runs alternate);`);
  say("CPU is user + system time of the whole process tree (median); peak memory is the largest single process (Pagefind's included).");

  for (const r of results) {
    say();
    say(`== ${count(r.counts.entries)} entries (${count(r.counts.sources)} sources, ${count(r.counts.people)} people and bodies, ${count(r.counts.funding)} funding lines, ${count(r.counts.promises)} promises, ${count(r.counts.statistics)} statistics)`);
    const row = (label: string, s: Series, note = "") =>
      say(`  ${label.padEnd(32)} ${secs(s.median).padStart(8)}  ${s.runs.map((x) => x.seconds.toFixed(1)).join(" ").padEnd(20)} ${(s.cpu === undefined ? "n/a" : secs(s.cpu)).padStart(8)} ${mib(s.peak).padStart(9)}   ${times(s.median / r.bare.median).padStart(6)} ${cpuRatio(s.cpu, r.bare.cpu).padStart(6)}${note}`);
    say(`  ${"".padEnd(32)} ${"wall".padStart(8)}  ${"runs (s)".padEnd(20)} ${"CPU".padStart(8)} ${"peak RSS".padStart(9)}   ratio to bare: wall, CPU`);
    row(`npm run build (${count(r.pages)} pages)`, r.build, "  (search index included)");
    row("bare Eleventy", r.bare);
    row("npm run check after one save", r.check, "  (the store holds the rest)");
    row("npm run check, no store", r.checkCold, "  (a fresh clone: every file read)");
    if (r.hugo) row("Hugo (reference)", r.hugo);
    else say(`  Hugo (reference): skipped, ${flag("skip-hugo") ? "as asked (--skip-hugo)" : "hugo is not installed (apt-get install hugo)"}`);
    if (r.split) {
      say(`  split of the build (medians): start-up ${secs(r.split.startup)}, checks ${secs(r.split.checks)}, pages ${secs(r.split.pages)} (Pagefind indexing ${count(r.split.indexed)} of them alongside), search index after the pages ${secs(r.split.search)} (${r.split.parts} ${r.split.parts === 1 ? "part" : "parts"}), publishing ${secs(r.split.publishing)}`);
    } else say("  split of the build: the build printed no Timings line");
    if (r.rebuild) {
      say(`  rebuild after one save in npm start: median ${secs(r.rebuild.seconds)} (${r.rebuild.each.map((x) => x.toFixed(2)).join(", ")}; Eleventy's own figure ${r.rebuild.eleventy.map((x) => x.toFixed(2)).join(", ")} s) = ${times(r.rebuild.seconds / r.build.median)} a full build`);
    }
  }

  if (small !== large) {
    const growth = (pick: (r: SizeResult) => number | undefined) => cpuRatio(pick(large), pick(small));
    say();
    say(`== Growth ${count(large.n)} / ${count(small.n)} entries (linear is ${large.n / small.n}×; target ≤ ${large.n / small.n + 1}×)`);
    say(`  wall: build ${growth((r) => r.build.median)}, bare Eleventy ${growth((r) => r.bare.median)}, check ${growth((r) => r.check.median)} (no store ${growth((r) => r.checkCold.median)})${small.rebuild && large.rebuild ? `, rebuild ${growth((r) => r.rebuild?.seconds)}` : ""}${small.hugo && large.hugo ? `, Hugo ${growth((r) => r.hugo?.median)}` : ""}`);
    say(`  CPU:  build ${growth((r) => r.build.cpu)}, bare Eleventy ${growth((r) => r.bare.cpu)}, check ${growth((r) => r.check.cpu)}`);
  }

  say();
  say("== Targets (judged on wall time, as the issue states them; the CPU-time ratio in brackets is the cross-check on a shared machine)");
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "n/a   " : ok ? "met   " : "MISSED");
  const target = (ok: boolean | undefined, what: string, figure: string) => say(`  ${verdict(ok)} ${what}: ${figure}`);
  target(ratio(large) <= 2, `npm run build (search index included) ≤ 2.0 × bare Eleventy at ${count(large.n)}`, `${times(ratio(large))} (CPU ${cpuRatio(large.build.cpu, large.bare.cpu)})`);
  const peak = large.build.peak;
  target(peak === undefined ? undefined : peak <= 1024, `peak memory of every process of the build ≤ 1 GiB at ${count(large.n)}`, mib(peak));
  for (const r of results) target(r.check.median / r.bare.median <= 0.15, `npm run check after one save ≤ 0.15 × bare Eleventy at ${count(r.n)}`, `${times(r.check.median / r.bare.median)} (CPU ${cpuRatio(r.check.cpu, r.bare.cpu)})`);
  for (const r of results) target(r.checkCold.median / r.bare.median <= 0.15, `npm run check with no store (a fresh clone) ≤ 0.15 × bare Eleventy at ${count(r.n)}`, `${times(r.checkCold.median / r.bare.median)} (CPU ${cpuRatio(r.checkCold.cpu, r.bare.cpu)})`);
  for (const r of results) {
    if (!r.rebuild) continue;
    const limit = r.n >= 10000 ? 0.05 : 0.2;
    target(r.rebuild.seconds / r.build.median <= limit, `rebuild after one save ≤ ${limit} × a full build at ${count(r.n)}`, times(r.rebuild.seconds / r.build.median));
  }
  if (small !== large) {
    const g = large.n / small.n + 1;
    const grows = (what: string, pick: (r: SizeResult) => number | undefined) => {
      const a = pick(large);
      const b = pick(small);
      if (a !== undefined && b !== undefined) target(a / b <= g, `${what} grows ≤ ${g}× from ${count(small.n)} to ${count(large.n)}`, times(a / b));
    };
    grows("build", (r) => r.build.median);
    grows("check after one save", (r) => r.check.median);
    grows("check with no store", (r) => r.checkCold.median);
    grows("rebuild", (r) => r.rebuild?.seconds);
    grows("peak memory", (r) => r.build.peak);
  }
  for (const r of results) if (r.hugo) say(`  (reference) Hugo at ${count(r.n)}: npm run build is ${times(r.build.median / r.hugo.median)} Hugo's time; bare Eleventy ${times(r.bare.median / r.hugo.median)}`);

  // Page weights of the shipped record, as residents download it.
  if (!flag("skip-weights")) {
    progress("page weights of the shipped record");
    const shippedDir = path.join(work, "shipped");
    await linkProject(projectRoot, shippedDir);
    await cp(path.join(projectRoot, "content"), path.join(shippedDir, "content"), { recursive: true });
    await cp(path.join(projectRoot, "data"), path.join(shippedDir, "data"), { recursive: true });
    await runTimed(scripts.build!, { cwd: shippedDir, logDir: logs, name: "build-shipped", env: scriptEnv(shippedDir) });
    const weights = await pageWeights(path.join(shippedDir, "_site"));
    say();
    say(`== Page weights of the shipped record (${weights.length} pages; gzip level 6)`);
    say(`  ${"page".padEnd(62)} ${"HTML gz".padStart(9)} ${"CSS gz".padStart(9)} ${"total".padStart(9)} ${"JS".padStart(9)} ${"JS gz".padStart(9)}`);
    for (const w of weights) {
      say(`  ${w.url.padEnd(62)} ${kb(w.htmlGzip).padStart(9)} ${kb(w.cssGzip).padStart(9)} ${kb(w.htmlGzip + w.cssGzip).padStart(9)} ${(w.jsBytes ? kb(w.jsBytes) : "none").padStart(9)} ${(w.jsBytes ? kb(w.jsGzip) : "").padStart(9)}`);
    }
    const heaviest = weights.reduce((a, b) => (b.htmlGzip + b.cssGzip > a.htmlGzip + a.cssGzip ? b : a));
    say(`  heaviest HTML + CSS: ${heaviest.url} at ${kb(heaviest.htmlGzip + heaviest.cssGzip)}; pages with JavaScript: ${weights.filter((w) => w.jsBytes > 0).length}`);
  }
  say();
  say(`Finished in ${Math.round((performance.now() - started) / 1000)} s. Working folder: ${work}${flag("keep") ? " (kept)" : " (removed)"}.`);
  process.stdout.write(`${report.join("\n")}\n`);
} finally {
  if (!flag("keep")) await rm(work, { recursive: true, force: true });
}
