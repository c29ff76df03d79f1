import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { partFolder } from "./search-index-parts.ts";

/**
 * Pagefind's service processes, as the build runs them: started, handed parts to write, waited for
 * until their files are on disk, and stopped and reaped. Used on the build's own thread
 * (build-search-index.ts) and in the worker that indexes the search records (search-records-worker.ts).
 */

/** Child processes of this one, where Linux lists them; empty elsewhere. */
export function children(): Set<number> {
  const found = new Set<number>();
  try {
    for (const task of readdirSync("/proc/self/task")) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/)) if (pid) found.add(Number(pid));
    }
  } catch {
    // Not Linux: Pagefind's own close() (SIGTERM) is all there is.
  }
  return found;
}
const running = (pid: number) => {
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};
/** Still listed by the system: running, or exited and not yet reaped (waited for) by this process. */
const listed = (pid: number) => existsSync(`/proc/${pid}`);

/** The bytes under `dir` so far: every file's size, by path. */
function sizesUnder(dir: string): string {
  if (!existsSync(dir)) return "";
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .sort()
    .map((f) => `${f}:${statSync(path.join(dir, f)).size}`)
    .join("\n");
}

/**
 * How many files in the folders `dirs` the processes `pids` still hold open, where Linux lists
 * them (/proc/PID/fd); undefined where it cannot tell.
 */
export function openFilesIn(pids: readonly number[], dirs: readonly string[]): number | undefined {
  // /proc names each file by its real path: a folder reached through a link is matched by its own.
  const real = (dir: string) => {
    try {
      return realpathSync(dir);
    } catch {
      return path.resolve(dir);
    }
  };
  const insides = dirs.map((dir) => `${real(dir)}${path.sep}`);
  let open = 0;
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      // A process that has exited holds nothing; a system without /proc cannot tell.
      if (!existsSync("/proc/self/fd")) return undefined;
      continue;
    }
    for (const fd of fds) {
      try {
        const file = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (insides.some((inside) => file.startsWith(inside))) open++;
      } catch {
        // Closed between the listing and the look.
      }
    }
  }
  return open;
}

/**
 * Waits until Pagefind has finished writing the folders `dirs`. It answers writeFiles once each
 * file's last write is handed to its runtime's background threads, not once it is on disk (tokio's
 * File, dropped without a flush: Pagefind's src/output/mod.rs), so closing it at once could cut a file
 * short: a build under load published a shortened pagefind-ui.js. A file is written once Pagefind
 * has closed it, so where Linux shows the files each process holds open, the wait is for none to
 * be open in them; elsewhere, until no file in them has grown for a few polls. Stating every
 * file on each poll cost more than a second at 10,000 pages (docs/performance.md).
 */
export async function untilWritten(dirs: readonly string[], pids: readonly number[], { poll = 50, steady = 3, within = 10_000 } = {}): Promise<void> {
  const deadline = Date.now() + within;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let open = pids.length > 0 ? openFilesIn(pids, dirs) : undefined;
  if (open !== undefined) {
    while (open > 0 && Date.now() < deadline) {
      await pause(5);
      open = openFilesIn(pids, dirs) ?? 0;
    }
    return;
  }
  let last = "";
  let same = 0;
  while (same < steady && Date.now() < deadline) {
    await pause(poll);
    const now = dirs.map(sizesUnder).join("\n");
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

export type Pagefind = typeof import("pagefind");
export type PagefindIndex = import("pagefind").PagefindIndex;

/**
 * Pagefind's Node API, once for each service process wanted. A service answers one request at a
 * time on one core (its `run_service` loop), so a large record's parts are shared between
 * services, one per core: the module keeps a single service, so each further copy of it is
 * imported under an address of its own, which gives a module, and a service, of its own.
 */
export async function pagefindServices(count: number): Promise<Pagefind[]> {
  const address = import.meta.resolve("pagefind");
  return Promise.all(Array.from({ length: count }, (_, n) => (n === 0 ? import("pagefind") : (import(/* @vite-ignore */ `${address}?service=${n + 1}`) as Promise<Pagefind>))));
}

/**
 * Stops Pagefind's services `apis` and waits until their processes `pids` have exited and been
 * reaped. Pagefind's close() sends SIGTERM and returns at once; a process exited but not reaped when
 * the build ends is left to init, and its CPU time and peak memory are then missing from the build's
 * own (what `time` and the bench report, docs/performance.md).
 */
export async function stopServices(apis: readonly Pagefind[], pids: readonly number[]): Promise<void> {
  await Promise.all(apis.map((api) => api.close()));
  const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
  let deadline = Date.now() + 5000;
  while (pids.some(running) && Date.now() < deadline) await pause();
  for (const pid of pids.filter(running)) process.kill(pid, "SIGKILL");
  deadline = Date.now() + 1000;
  while (pids.some(listed) && Date.now() < deadline) await pause();
}

/**
 * Writes `indexes` into `siteDir` as the parts `first`, `first + 1`, … of the whole index, index n
 * by service n mod `services`: each service its parts one after another, the services side by side,
 * each part freed before its service writes the next (that keeps a service's peak to one part's).
 */
export async function writeParts(siteDir: string, indexes: readonly PagefindIndex[], services: number, first = 0): Promise<void> {
  await Promise.all(
    Array.from({ length: services }, async (_, s) => {
      for (let n = s; n < indexes.length; n += services) {
        const written = await indexes[n]!.writeFiles({ outputPath: path.join(siteDir, partFolder(first + n)) });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await indexes[n]!.deleteIndex();
      }
    }),
  );
}
