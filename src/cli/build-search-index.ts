import { fork } from "node:child_process";
import { closeSync, existsSync, openSync, rmSync, writeSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SearchRecord } from "../views/search-records.ts";
import { children, pagefindServices, stopServices, untilWritten, writeParts, type PagefindIndex } from "./pagefind-services.ts";
import { partFolder, partOf, PARTS_FILE } from "./search-index-parts.ts";

export { openFilesIn } from "./pagefind-services.ts";

export interface SearchIndex {
  /**
   * Hands one finished page to Pagefind; it is indexed on Pagefind's own threads while the build goes
   * on. Resolves at once unless IN_FLIGHT pages are still waiting for Pagefind, then when the oldest
   * is done: without that wait, a build that renders faster than Pagefind reads would queue every
   * page in this process (1.7 GB at 10,000 entries) and Pagefind would start only once it ended.
   */
  add(url: string, html: string): Promise<void>;
  /**
   * Hands Pagefind pages it is not to read from HTML (src/views/search-records.ts), each into one of
   * the `recordParts` parts kept for them, and writes those parts into `siteDir` at once, while the
   * build goes on (`write` waits for them). Once, before the pages; `add` then passes these over.
   */
  indexRecords(records: Iterable<SearchRecord>, siteDir: string): void;
  /**
   * Waits for every page, then writes the index and Pagefind's browser code into `<siteDir>/pagefind/`
   * (further parts into `pagefind-2/`, … , listed in `pagefind/parts.json`), one part at a time.
   */
  write(siteDir: string): Promise<{ pages: number; parts: number }>;
  /** Stops Pagefind and waits until its process has exited. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Pagefind processes at most by default for each set of parts (the pages', the records'), one per
 * core up to this: every part is held in memory until written, and each process writing at once
 * adds its part's peak to the machine's.
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

type Reply = { ready?: true; written?: true; pages?: number; failed?: string };

/**
 * Starts the process that indexes the records' parts (search-records-worker.ts), without waiting
 * for it: it starts while Eleventy does, and a failure to start is the answer to the records.
 * Records go to it through a file: written at once, where a pipe from this thread would move only
 * between Eleventy's steps.
 */
function startRecordsWorker(first: number, parts: number, services: number) {
  const child = fork(fileURLToPath(new URL("./search-records-worker.mjs", import.meta.url)), [String(first), String(parts), String(services)], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
  const exited = new Promise<Reply>((resolve) => {
    child.once("exit", (code, signal) => resolve({ failed: `the search index's records process stopped (${signal ?? `exit code ${code}`})` }));
    // Failing to start it, or to send it the records once it has died (EPIPE).
    child.on("error", (error) => resolve({ failed: `the search index's records process stopped (${error.message})` }));
  });
  const reply = () => Promise.race([new Promise<Reply>((resolve) => child.once("message", (m) => resolve(m as Reply))), exited]);
  const ready = reply();
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.disconnect();
      // It stops its own services once let go; at most ten seconds, then it is stopped.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  return {
    /** Indexes the records in `file` (one `[part, record]` in JSON a line) into `siteDir`, and removes the file. */
    async index(file: string, siteDir: string): Promise<number> {
      try {
        const started = await ready;
        if (started.failed) throw new Error(started.failed);
        if (child.connected) child.send({ file, siteDir });
        const answer = await reply();
        if (answer.failed) throw new Error(answer.failed);
        return answer.pages ?? 0;
      } finally {
        rmSync(file, { force: true });
      }
    },
    close,
  };
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
 * With `recordParts`, that many more parts (after the pages') hold the pages given as records
 * (indexRecords), on services of their own driven from a process of its own, so that they are read
 * and written while Eleventy renders.
 * @example const search = await startSearchIndex({ parts: 1 }); search.add("/about/", html); await search.write("_site.builds/x"); await search.close();
 */
export async function startSearchIndex({
  parts = 1,
  recordParts = 0,
  services = Math.min(MAX_SERVICES, availableParallelism()),
}: { parts?: number; recordParts?: number; services?: number } = {}): Promise<SearchIndex> {
  const before = children();
  const apis = await pagefindServices(Math.max(1, Math.min(parts, services)));
  // Pagefind's service processes: known once the indexes have started them.
  let service: number[] = [];
  let records: ReturnType<typeof startRecordsWorker> | undefined;
  const close = async () => {
    await Promise.all([stopServices(apis, service), records?.close()]);
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
  if (recordParts > 0) records = startRecordsWorker(parts, recordParts, Math.min(recordParts, services));
  const pending: Promise<{ errors: string[] }>[] = [];
  const recorded = new Set<string>();
  // Undefined until the records are given: write() then gives none, so every part listed is written.
  let recordsWritten: Promise<number> | undefined;
  const search: SearchIndex = {
    indexRecords(given, siteDir) {
      if (!records) throw new Error("This search index keeps no parts for records (recordParts: 0)");
      // Written a megabyte at a time as they come, never all in one string.
      const file = path.join(tmpdir(), `ar-search-records-${process.pid}-${Date.now()}.jsonl`);
      const fd = openSync(file, "w");
      try {
        let chunk = "";
        for (const record of given) {
          recorded.add(record.url);
          chunk += `${JSON.stringify([partOf(record.url, recordParts), record])}\n`;
          if (chunk.length > 1 << 20) {
            writeSync(fd, chunk);
            chunk = "";
          }
        }
        writeSync(fd, chunk);
      } catch (error) {
        rmSync(file, { force: true });
        throw error;
      } finally {
        closeSync(fd);
      }
      recordsWritten = records.index(file, siteDir);
      // Awaited in write(); when the build fails before that, close() ends it, harmlessly.
      recordsWritten.catch(() => undefined);
    },
    async add(url, html) {
      if (recorded.has(url) || !html.includes("data-pagefind-body")) return;
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
      // Records never given still make their (empty) parts, so the parts listed are always there.
      if (records && !recordsWritten) search.indexRecords([], siteDir);
      const [, recordPages] = await Promise.all([writeParts(siteDir, indexes, apis.length), recordsWritten ?? 0]);
      await untilWritten(indexes.map((_, n) => path.join(siteDir, partFolder(n))), service);
      if (!existsSync(path.join(siteDir, "pagefind", "pagefind.js"))) throw new Error("Pagefind wrote no index");
      const others = Array.from({ length: parts + recordParts - 1 }, (_, n) => `${partFolder(n + 1)}/`);
      await writeFile(path.join(siteDir, "pagefind", PARTS_FILE), `${JSON.stringify({ parts: others })}\n`);
      return { pages: pending.length + recordPages, parts: parts + recordParts };
    },
    close,
  };
  return search;
}
