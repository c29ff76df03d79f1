import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { partFolder, partOf, PARTS_FILE } from "./search-index-parts.ts";

export interface SearchIndex {
  /**
   * Hands one finished page to Pagefind; it is indexed on Pagefind's own threads while the build goes
   * on. Resolves at once unless IN_FLIGHT pages are still waiting for Pagefind, then when the oldest
   * is done: without that wait, a build that renders faster than Pagefind reads would queue every
   * page in this process (1.7 GB at 10,000 entries) and Pagefind would start only once it ended.
   */
  add(url: string, html: string): Promise<void>;
  /**
   * Waits for every page, then writes the index and Pagefind's browser code into `<siteDir>/pagefind/`
   * (further parts into `pagefind-2/`, … , listed in `pagefind/parts.json`), one part at a time.
   */
  write(siteDir: string): Promise<{ pages: number; parts: number }>;
  /** Stops Pagefind and waits until its process has exited. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Pagefind processes at most by default, one per core up to this: every part is held in memory
 * until written, and each process writing at once adds its part's peak to the machine's.
 */
const MAX_SERVICES = 4;

/** Pages handed to Pagefind and not yet answered for, at most: enough to keep its threads busy. */
const IN_FLIGHT = 32;

/**
 * What Pagefind needs of a page: the element marked data-pagefind-body when it is the page's
 * `<main>` and every data-pagefind attribute is inside it, with the page's language. Pagefind's
 * Node API sends each page as base64 of JSON, on this process's thread: the page's head,
 * navigation and footer (two fifths of an entry page) cost seconds at 10,000 pages and are never
 * indexed. Any other page is sent whole.
 */
export function searchedPart(html: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  const body = html.indexOf("data-pagefind-body");
  const opening = html.indexOf(">", start);
  const inside = start !== -1 && end > opening && body > start && body < opening;
  if (!inside || html.lastIndexOf("data-pagefind", start) !== -1 || html.indexOf("data-pagefind", end) !== -1 || html.indexOf("<main", start + 1) !== -1) return html;
  const lang = /<html\b[^>]*?\slang="([^"]*)"/.exec(html.slice(0, start))?.[1];
  return `<!DOCTYPE html><html${lang === undefined ? "" : ` lang="${lang}"`}><body>${html.slice(start, end + "</main>".length)}</body></html>`;
}

/** Child processes of this one, where Linux lists them; empty elsewhere. */
function children(): Set<number> {
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
async function untilWritten(dirs: readonly string[], pids: readonly number[], { poll = 50, steady = 3, within = 10_000 } = {}): Promise<void> {
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

type Pagefind = typeof import("pagefind");
type PagefindIndex = import("pagefind").PagefindIndex;

/**
 * Pagefind's Node API, once for each service process wanted. A service answers one request at a
 * time on one core (its `run_service` loop), so a large record's parts are shared between
 * services, one per core: the module keeps a single service, so each further copy of it is
 * imported under an address of its own, which gives a module, and a service, of its own.
 */
async function pagefindServices(count: number): Promise<Pagefind[]> {
  const address = import.meta.resolve("pagefind");
  return Promise.all(Array.from({ length: count }, (_, n) => (n === 0 ? import("pagefind") : (import(/* @vite-ignore */ `${address}?service=${n + 1}`) as Promise<Pagefind>))));
}

/**
 * Starts Pagefind's indexer (its Node API runs the Pagefind binary as a service process). Pages are
 * handed over as the build renders them, so Pagefind parses them on the second core while Eleventy
 * renders the rest, and the finished pages are never read back from disk. Only pages that mark
 * their text with data-pagefind-body are sent: Pagefind would skip the others anyway, after parsing
 * them. Drafts are never built in production, so they are never indexed.
 * A large record is indexed in `parts` (src/cli/search-index-parts.ts), each page in the part its
 * address gives, so that Pagefind's peak memory is that of one part's write, not the whole index's;
 * the parts are shared between up to `services` Pagefind processes (by default one per core, at
 * most MAX_SERVICES).
 * @example const search = await startSearchIndex({ parts: 1 }); search.add("/about/", html); await search.write("_site.builds/x"); await search.close();
 */
export async function startSearchIndex({ parts = 1, services = Math.min(MAX_SERVICES, availableParallelism()) }: { parts?: number; services?: number } = {}): Promise<SearchIndex> {
  const before = children();
  const apis = await pagefindServices(Math.max(1, Math.min(parts, services)));
  // Pagefind's service processes: known once the indexes have started them.
  let service: number[] = [];
  const close = async () => {
    await Promise.all(apis.map((api) => api.close()));
    // Pagefind's close() sends SIGTERM and returns at once: wait, so nothing outlives the build.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    let deadline = Date.now() + 5000;
    while (service.some(running) && Date.now() < deadline) await pause();
    for (const pid of service.filter(running)) process.kill(pid, "SIGKILL");
    // And until Node has reaped them: a process exited but not reaped when the build ends is left to
    // init, and its CPU time and peak memory are then missing from the build's own (what `time` and
    // the bench report, docs/performance.md).
    deadline = Date.now() + 1000;
    while (service.some(listed) && Date.now() < deadline) await pause();
  };
  const indexes: PagefindIndex[] = [];
  for (let n = 0; n < parts; n++) {
    const { index, errors } = await apis[n % apis.length]!.createIndex({});
    if (n < apis.length) service = [...children()].filter((pid) => !before.has(pid));
    if (!index) {
      await close();
      throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    }
    indexes.push(index);
  }
  const pending: Promise<{ errors: string[] }>[] = [];
  return {
    async add(url, html) {
      if (!html.includes("data-pagefind-body")) return;
      const added = indexes[partOf(url, parts)]!.addHTMLFile({ url, content: searchedPart(html) });
      // Awaited in write(); when the build fails before that, close() rejects these, harmlessly.
      added.catch(() => undefined);
      pending.push(added);
      // Pagefind answers in order, so once the page IN_FLIGHT before this one is done, so are all before it.
      if (pending.length > IN_FLIGHT) await pending[pending.length - 1 - IN_FLIGHT]!.catch(() => undefined);
    },
    async write(siteDir) {
      const added = (await Promise.all(pending)).flatMap((r) => r.errors);
      if (added.length > 0) throw new Error(`Pagefind could not index the site: ${added.join("; ")}`);
      // Each service writes its parts one after another, the services side by side.
      await Promise.all(
        apis.map(async (_, s) => {
          for (let n = s; n < indexes.length; n += apis.length) {
            const written = await indexes[n]!.writeFiles({ outputPath: path.join(siteDir, partFolder(n)) });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
            // Freed before the service writes its next part: that is what keeps its peak to one part's.
            await indexes[n]!.deleteIndex();
          }
        }),
      );
      await untilWritten(indexes.map((_, n) => path.join(siteDir, partFolder(n))), service);
      if (!existsSync(path.join(siteDir, "pagefind", "pagefind.js"))) throw new Error("Pagefind wrote no index");
      const others = indexes.slice(1).map((_, n) => `${partFolder(n + 1)}/`);
      await writeFile(path.join(siteDir, "pagefind", PARTS_FILE), `${JSON.stringify({ parts: others })}\n`);
      return { pages: pending.length, parts };
    },
    close,
  };
}
