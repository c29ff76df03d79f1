import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";

export interface TimedRun {
  seconds: number;
  /** User plus system CPU time of the whole process tree, when GNU time is available: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the largest process in the command's tree, when GNU time is available. */
  maxRssMiB: number | undefined;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

/**
 * Runs a shell command to completion and returns its wall time and peak memory. Output goes to
 * files in `logDir` rather than the terminal (a build of 10,000 pages logs 10,000 lines); a
 * failure throws with the end of that output, so a broken build never passes for a fast one.
 * @example await runTimed("tsx src/cli/build.ts", { cwd: root, logDir: "/tmp/x", name: "build" })
 */
export async function runTimed(command: string, options: { cwd: string; logDir: string; name: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<TimedRun> {
  const { cwd, logDir, name, env = process.env, timeoutMs = 15 * 60_000 } = options;
  const logFile = path.join(logDir, `${name}.log`);
  const rssFile = path.join(logDir, `${name}.rss`);
  await rm(rssFile, { force: true });
  const log = await open(logFile, "w");
  // GNU time reports the maximum RSS over the whole process tree it waited for (tsx starts a child node).
  const [file, args] = hasGnuTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", rssFile, "sh", "-c", command]] : ["sh", ["-c", command]];
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", log.fd, log.fd], detached: true });
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await log.close();
  if (code !== 0) {
    const tail = (await readFile(logFile, "utf8")).split("\n").slice(-25).join("\n");
    throw new Error(`"${command}" in ${cwd} exited with ${code ?? "a timeout"}; the end of its output:\n${tail}`);
  }
  let maxRssMiB: number | undefined;
  let cpuSeconds: number | undefined;
  if (hasGnuTime) {
    const [kib, user, system] = (await readFile(rssFile, "utf8")).trim().split("\n").at(-1)!.split(" ").map(Number);
    if (Number.isFinite(kib)) maxRssMiB = kib! / 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
  }
  return { seconds, cpuSeconds, maxRssMiB };
}
