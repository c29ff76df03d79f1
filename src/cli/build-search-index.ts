import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

export interface SearchIndex {
  /** Hands one finished page to Pagefind; it is indexed on Pagefind's own threads while the build goes on. */
  add(url: string, html: string): void;
  /** Waits for every page, then writes the index and Pagefind's browser code into `<siteDir>/pagefind/`. */
  write(siteDir: string): Promise<{ pages: number }>;
  /** Stops Pagefind and waits until its process has exited. Safe to call more than once. */
  close(): Promise<void>;
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

/**
 * Starts Pagefind's indexer (its Node API runs the Pagefind binary as a service process). Pages are
 * kept as the build renders them and handed over in address order once Eleventy is done (so the
 * index is the same for the same record), and the finished pages are never read back from disk. Only pages that mark
 * their text with data-pagefind-body are sent: Pagefind would skip the others anyway, after parsing
 * them. Drafts are never built in production, so they are never indexed.
 * @example const search = await startSearchIndex(); search.add("/about/", html); await search.write("_site.builds/x"); await search.close();
 */
export async function startSearchIndex(): Promise<SearchIndex> {
  const before = children();
  const { index, errors } = await pagefind.createIndex({});
  const service = [...children()].filter((pid) => !before.has(pid));
  const close = async () => {
    await pagefind.close();
    // Pagefind's close() sends SIGTERM and returns at once: wait, so nothing outlives the build.
    const deadline = Date.now() + 5000;
    while (service.some(running) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const pid of service.filter(running)) process.kill(pid, "SIGKILL");
  };
  if (!index) {
    await close();
    throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  }
  // Pages arrive in whatever order Eleventy finishes them; Pagefind numbers pages in the order it is
  // given them, so they are handed over in address order, or two builds of one record would differ.
  const pages = new Map<string, string>();
  return {
    add(url, html) {
      if (html.includes("data-pagefind-body")) pages.set(url, html);
    },
    async write(siteDir) {
      const urls = [...pages.keys()].sort();
      const added: string[] = [];
      for (const url of urls) added.push(...(await index.addHTMLFile({ url, content: pages.get(url)! })).errors);
      pages.clear();
      if (added.length > 0) throw new Error(`Pagefind could not index the site: ${added.join("; ")}`);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      if (!existsSync(path.join(siteDir, "pagefind", "pagefind.js"))) throw new Error("Pagefind wrote no index");
      return { pages: urls.length };
    },
    close,
  };
}
