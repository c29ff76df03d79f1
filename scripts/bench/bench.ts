/**
 * `npm run bench`: the project's build against bare Eleventy on the same synthetic record at
 * 1,000 and 10,000 entries, plus `npm run check`, a rebuild in `npm start`, and page weights.
 * Absolute times depend on the machine; the ratios measured in one run are the figures we track.
 * See docs/performance.md. Options: --sizes=1000,10000 --runs=5,3 (per size, or one for all)
 * --edits=3 --keep (the working folder) --skip-rebuild --skip-weights
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { entryUrl } from "../../src/loaders/load-entry.ts";
import { generateRecord, type GeneratedCounts } from "./generate-record.ts";
import { measureRebuild } from "./measure-rebuild.ts";
import { pageWeights } from "./page-weights.ts";
import { runTimed, type TimedRun } from "./run-timed.ts";
import { bareConfigFile, linkProject, makeBare } from "./workspaces.ts";

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
const say = (line = "") => process.stdout.write(`${line.trimEnd()}\n`);

interface Series { runs: TimedRun[]; median: number; cpu: number | undefined; peak: number | undefined }
const series = (list: TimedRun[]): Series => {
  const cpu = list.map((r) => r.cpuSeconds);
  return { runs: list, median: median(list.map((r) => r.seconds)), cpu: cpu.every((c) => c !== undefined) ? median(cpu as number[]) : undefined, peak: maxOf(list.map((r) => r.maxRssMiB)) };
};
interface SizeResult { n: number; counts: GeneratedCounts; pages: number; build: Series; bare: Series; check: Series; pagefind?: Series; buildWithoutPagefind: number; buildCpuWithoutPagefind: number | undefined }
const cpuRatio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "n/a" : times(a / b));

/** The build's own report of its search-index time, from its log: "Search index: N pages in X s." */
const searchIndexSeconds = async (logFile: string): Promise<number | undefined> => {
  const match = /^Search index: \d+ pages in ([\d.]+) s\.$/m.exec(await readFile(logFile, "utf8").catch(() => ""));
  return match ? Number(match[1]) : undefined;
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

say(`Benchmark of accountability-report at ${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (uncommitted changes)" : ""}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
say(`Node ${process.version}, Eleventy ${eleventyVersion}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
say(`Commands: build = "${scripts.build}", check = "${scripts.check}", bare = "node ${path.relative(projectRoot, eleventyCli)} --config=${bareConfigFile}"`);
say(`Median wall time over ${sizes.map((n, i) => `${runsAt(i)} runs at ${count(n)}`).join(", ")} (project, bare and check runs alternate);`);
say("CPU is user + system time of the whole process tree (median); peak memory is the largest process's maximum RSS.");
say(`Working folder: ${work}`);

const results: SizeResult[] = [];
try {
  for (const [sizeIndex, n] of sizes.entries()) {
    const runs = runsAt(sizeIndex);
    const projectDir = path.join(work, `project-${n}`);
    const bareDir = path.join(work, `bare-${n}`);
    await linkProject(projectRoot, projectDir);
    const counts = await generateRecord({ from: projectRoot, to: projectDir, entries: n });
    await makeBare(path.join(projectDir, "content"), bareDir);
    say();
    say(`== ${count(counts.entries)} entries (${count(counts.sources)} sources, ${count(counts.people)} people and bodies, ${count(counts.funding)} funding lines, ${count(counts.promises)} promises, ${count(counts.statistics)} statistics)`);

    const build: TimedRun[] = [];
    const bare: TimedRun[] = [];
    const check: TimedRun[] = [];
    for (let r = 0; r < runs; r++) {
      await rm(path.join(projectDir, "_site"), { recursive: true, force: true });
      build.push(await runTimed(scripts.build!, { cwd: projectDir, logDir: logs, name: `build-${n}-${r}`, env: scriptEnv(projectDir) }));
      await rm(path.join(bareDir, "_site"), { recursive: true, force: true });
      bare.push(await runTimed(`node "${eleventyCli}" --config=${bareConfigFile}`, { cwd: bareDir, logDir: logs, name: `bare-${n}-${r}`, env: scriptEnv(projectDir) }));
      check.push(await runTimed(scripts.check!, { cwd: projectDir, logDir: logs, name: `check-${n}-${r}`, env: scriptEnv(projectDir) }));
    }
    const pages = await countHtml(path.join(projectDir, "_site"));
    const barePages = await countHtml(path.join(bareDir, "_site"));

    // Pagefind, when the build runs it, is timed alone on the built site and reported apart.
    let pagefind: Series | undefined;
    if (existsSync(path.join(projectDir, "_site", "pagefind"))) {
      const indexRuns: TimedRun[] = [];
      for (let r = 0; r < runs; r++) {
        indexRuns.push(await runTimed(`pagefind --site _site --output-path "${path.join(work, `pagefind-${n}`)}"`, { cwd: projectDir, logDir: logs, name: `pagefind-${n}-${r}`, env: scriptEnv(projectDir) }));
      }
      pagefind = series(indexRuns);
    }
    const b = series(build);
    // Each build says how long its own search index took; subtracting that run by run is fairer than
    // subtracting a separate Pagefind run, which does not compete with the build for the machine.
    const indexTimes = await Promise.all(build.map((_, r) => searchIndexSeconds(path.join(logs, `build-${n}-${r}.log`))));
    const withoutIndex = indexTimes.every((t) => t !== undefined)
      ? median(build.map((run, r) => run.seconds - indexTimes[r]!))
      : b.median - (pagefind?.median ?? 0);
    const result: SizeResult = {
      n, counts, pages, build: b, bare: series(bare), check: series(check),
      buildWithoutPagefind: withoutIndex,
      buildCpuWithoutPagefind: b.cpu === undefined ? undefined : b.cpu - (pagefind ? pagefind.cpu ?? Number.NaN : 0),
    };
    if (pagefind) result.pagefind = pagefind;
    results.push(result);

    const row = (label: string, s: Series, wall: number, cpu: number | undefined, note = "") =>
      say(`  ${label.padEnd(28)} ${secs(s.median).padStart(8)}  ${s.runs.map((x) => x.seconds.toFixed(1)).join(" ").padEnd(20)} ${(s.cpu === undefined ? "n/a" : secs(s.cpu)).padStart(8)} ${mib(s.peak).padStart(9)}   ${times(wall / result.bare.median).padStart(6)} ${cpuRatio(cpu, result.bare.cpu).padStart(6)}${note}`);
    say(`  ${"".padEnd(28)} ${"wall".padStart(8)}  ${"runs (s)".padEnd(20)} ${"CPU".padStart(8)} ${"peak RSS".padStart(9)}   ratio to bare: wall, CPU`);
    row(`project build (${count(pages)} pages)`, result.build, result.buildWithoutPagefind, result.buildCpuWithoutPagefind, pagefind ? "  (ratios without Pagefind)" : "");
    row(`bare Eleventy (${count(barePages)} pages)`, result.bare, result.bare.median, result.bare.cpu);
    row("npm run check", result.check, result.check.median, result.check.cpu);
    if (pagefind) row("Pagefind index (alone)", pagefind, pagefind.median, pagefind.cpu);
    else say("  Pagefind: not part of the build (no _site/pagefind/), nothing to time.");
  }

  // Rebuild in `npm start` after one entry changes, at the smallest size measured.
  let rebuildLine: { n: number; seconds: number; ratio: number } | undefined;
  if (!flag("skip-rebuild") && results.length > 0) {
    const small = results[0]!;
    const projectDir = path.join(work, `project-${small.n}`);
    const synthetic = (await readdir(path.join(projectDir, "content"), { recursive: true })).filter((f) => /synthetic-event-\d+\.md$/.test(f)).sort();
    const chosen = Array.from({ length: Math.min(edits, synthetic.length) }, (_, i) => synthetic[Math.floor(((i + 1) * synthetic.length) / (edits + 1))]!);
    await rm(path.join(projectDir, "_site"), { recursive: true, force: true });
    const rebuilds = await measureRebuild({
      cwd: projectDir,
      startCommand: scripts.start!,
      files: chosen.map((f) => ({ file: path.join("content", f), page: entryUrl(path.basename(f, ".md").slice(11)) })),
    });
    const seconds = median(rebuilds.map((r) => r.seconds));
    rebuildLine = { n: small.n, seconds, ratio: seconds / small.buildWithoutPagefind };
    say();
    say(`== Rebuild in "npm start" after saving one entry, ${count(small.n)} entries (${rebuilds.length} edits)`);
    say(`  save → "Wrote … files": median ${secs(seconds)} (${rebuilds.map((r) => r.seconds.toFixed(2)).join(", ")}); Eleventy's own figure ${rebuilds.map((r) => r.eleventySeconds.toFixed(2)).join(", ")} s`);
    say(`  ratio to a full build (${secs(small.buildWithoutPagefind)}${small.pagefind ? ", without Pagefind" : ""}): ${times(rebuildLine.ratio)}`);
  }

  // Growth and targets (docs/performance.md): ratios from this run only.
  const small = results.find((r) => r.n === 1000) ?? results[0];
  const large = results.find((r) => r.n === 10000) ?? results.at(-1);
  if (small && large && small !== large) {
    const growth = (pick: (r: SizeResult) => number) => pick(large) / pick(small);
    say();
    say(`== Growth ${count(large.n)} / ${count(small.n)} entries`);
    const cpuGrowth = (pick: (r: SizeResult) => number | undefined) => cpuRatio(pick(large), pick(small));
    say(`  wall: project build ${times(growth((r) => r.buildWithoutPagefind))}, bare Eleventy ${times(growth((r) => r.bare.median))}, npm run check ${times(growth((r) => r.check.median))}`);
    say(`  CPU:  project build ${cpuGrowth((r) => r.buildCpuWithoutPagefind)}, bare Eleventy ${cpuGrowth((r) => r.bare.cpu)}, npm run check ${cpuGrowth((r) => r.check.cpu)}`);
  }
  if (large) {
    const verdict = (ok: boolean) => (ok ? "met   " : "MISSED");
    say();
    say("== Targets (judged on wall time; the CPU-time ratio in brackets is the cross-check on a noisy machine)");
    const target = (ok: boolean, what: string, wall: number, cpu: string) => say(`  ${verdict(ok)} ${what}: ${times(wall)} (CPU ${cpu})`);
    target(large.buildWithoutPagefind / large.bare.median <= 1.25, `build ≤ 1.25 × bare at ${count(large.n)}`, large.buildWithoutPagefind / large.bare.median, cpuRatio(large.buildCpuWithoutPagefind, large.bare.cpu));
    for (const r of results) target(r.check.median / r.bare.median <= 0.15, `check ≤ 0.15 × bare build at ${count(r.n)}`, r.check.median / r.bare.median, cpuRatio(r.check.cpu, r.bare.cpu));
    if (small && small !== large) {
      const g = large.n / small.n + 1;
      target(large.buildWithoutPagefind / small.buildWithoutPagefind <= g, `build grows ≤ ${g}× from ${count(small.n)} to ${count(large.n)}`, large.buildWithoutPagefind / small.buildWithoutPagefind, cpuRatio(large.buildCpuWithoutPagefind, small.buildCpuWithoutPagefind));
      target(large.check.median / small.check.median <= g, `check grows ≤ ${g}×`, large.check.median / small.check.median, cpuRatio(large.check.cpu, small.check.cpu));
    }
    const peak = maxOf([large.build.peak, large.check.peak]);
    say(`  ${peak === undefined ? "n/a   " : verdict(peak <= 1024)} peak memory ≤ 1 GiB at ${count(large.n)}: ${mib(peak)}`);
    if (rebuildLine) say(`  ${verdict(rebuildLine.ratio <= 0.2)} rebuild ≤ 0.2 × full build at ${count(rebuildLine.n)}: ${times(rebuildLine.ratio)}`);
  }

  // Page weights of the shipped record, as residents download it.
  if (!flag("skip-weights")) {
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
  say(`Finished in ${Math.round((performance.now() - started) / 1000)} s; load average now ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}.`);
} finally {
  if (flag("keep")) say(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
