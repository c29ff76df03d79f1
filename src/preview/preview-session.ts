import { readFileSync } from "node:fs";
import path from "node:path";
import { loadModelResult } from "../eleventy/load-model.ts";
import { memoryCheckCache } from "../loaders/check-cache.ts";
import { formatProblems } from "../problems/format-problems.ts";
import type { Problem } from "../problems/problem.ts";
import { buildModel, type ReportModel } from "../views/build-views.ts";
import { problemsPage } from "./problems-page.ts";
import { GUIDE_ADDRESS, guidePage } from "./guide-page.ts";

/** What the dev server's onRequest hook may answer: nothing (serve the built file) or a whole response. */
type Answer = { status: number; headers: Record<string, string>; body: string } | undefined;

/** Addresses of pages, as opposed to the stylesheet, scripts, schemas and other files a page loads. */
const isPageAddress = (pathname: string) => pathname.endsWith("/") || pathname.endsWith(".html") || !/\.[a-z0-9]+$/i.test(pathname);

const plain = (status: number, body: string): Answer => ({ status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body });

/**
 * Whether an address could name a file outside the preview's folder once decoded (`..%2f`, `%5c`,
 * a NUL): the dev server would throw on it and leave the request hanging, so it is refused first.
 */
function isUnsafePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.includes("\0") || decoded.includes("\\") || decoded.split("/").some((part) => part === "..");
}

/** The address a page is known by in Eleventy's map: `/x/` for `/x`, `/x/index.html` and `/x/`. */
const pageKey = (pathname: string) => pathname.replace(/index\.html$/, "").replace(/([^/])$/, "$1/");

export interface PreviewSessionOptions {
  /** The preview's output folder, whose 404 page answers addresses the last build did not make. */
  output?: string;
  /** What stopped the last rebuild, if the content check did not foresee it. */
  failure?: () => string | undefined;
}

/**
 * The preview server's view of the record between rebuilds. Instead of failing the build (which
 * would leave the last good pages on screen with no word of what is wrong), a rebuild with content
 * problems keeps the site renderable, lists the problems in the terminal, and every page address
 * answers with the problems page until a rebuild finds none; live reload then brings the site back.
 * Drafts are always shown: this is the preview, for the person at the keyboard.
 */
export class PreviewSession {
  #problems: Problem[] = [];
  #lastGood: ReportModel | undefined;
  /** What each file and body gave, kept between saves so a save reads only what changed. */
  readonly #kept = memoryCheckCache();
  #pages: Set<string> | undefined;
  /** The pages the last good model names, worked out when a request first needs them (a walk of the whole model). */
  #modelPages: Set<string> | undefined = new Set<string>();
  #pagedModel: ReportModel | undefined;

  constructor(
    private readonly root: string,
    private readonly log: (text: string) => void = (text) => process.stderr.write(`${text}\n`),
    private readonly options: PreviewSessionOptions = {},
  ) {}

  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** The global data for templates: the model when valid; otherwise the last good one, so the build still completes. */
  async loadModel(): Promise<ReportModel> {
    const result = await loadModelResult(this.root, { includeDrafts: true, cache: this.#kept });
    this.#kept.save();
    if (result.ok) {
      if (this.#problems.length > 0) this.log("The content is valid again; the preview shows the site.");
      this.#problems = [];
      this.#lastGood = result.model;
      this.#pagedModel = result.model;
      this.#modelPages = undefined;
      return result.model;
    }
    this.#problems = result.problems;
    this.log(`${formatProblems(result.problems)}\nThe preview shows these problems at every address until they are fixed.`);
    return this.#lastGood ?? emptyModel();
  }

  /**
   * The page addresses the last build made. With those the model gives (a rebuild skips the pages
   * of unchanged entries, src/eleventy/unchanged-pages.ts), they are every page there is, so the
   * page of a deleted entry, still on disk, stops being served.
   */
  setPages(urls: readonly string[]): void {
    this.#pages = new Set(urls.map(pageKey));
  }

  /** The dev server's onRequest hook: unsafe addresses are refused; while there are problems, every page address gets the problems page. */
  readonly answer = ({ url }: { url: URL }): Answer => {
    if (isUnsafePath(url.pathname)) return plain(400, "Bad request: this address leads outside the site.");
    if (url.pathname === GUIDE_ADDRESS) return { status: 200, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: guidePage(process.cwd()) };
    if (!isPageAddress(url.pathname)) return undefined;
    const failure = this.options.failure?.();
    // A failed rebuild would otherwise leave the old pages on screen as if nothing were wrong.
    const problems = failure ? [...this.#problems, { file: ".eleventy.js", line: 1, column: 1, field: "", message: failure }] : this.#problems;
    if (problems.length > 0) {
      return { status: 500, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: problemsPage(problems) };
    }
    const key = pageKey(url.pathname);
    if (this.#pages && this.options.output && !this.#pages.has(key) && !this.#namedPages().has(key)) return this.notFound();
    return undefined;
  };

  #namedPages(): Set<string> {
    return (this.#modelPages ??= this.#pagedModel ? pageUrlsOf(this.#pagedModel) : new Set());
  }

  #notFoundPage(): string {
    try {
      return readFileSync(path.join(this.options.output!, "404.html"), "utf8");
    } catch {
      return "Page not found.";
    }
  }

  private notFound(): Answer {
    return { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: this.#notFoundPage() };
  }
}

/** Every page address the model names (`url` fields: entries, people, kinds, phases), walked without recursion. */
function pageUrlsOf(model: ReportModel): Set<string> {
  const urls = new Set<string>();
  const seen = new Set<object>();
  const stack: unknown[] = [model];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (key === "url" && typeof child === "string" && child.startsWith("/")) urls.add(pageKey(child));
      else if (typeof child === "object") stack.push(child);
    }
  }
  return urls;
}

/** A model with nothing in it, for a preview started on content that has never been valid. */
function emptyModel(): ReportModel {
  return buildModel({
    site: {
      title: "Preview", shortTitle: "Preview", description: "", organisation: "", publisher: "", url: "https://example.invalid/",
      language: "en", currency: "GBP", pages: {}, banner: "", introduction: [], contactEmail: "", phases: [], earliestDate: "0001-01-01",
    },
    vocabularies: { entryKinds: [], sourceKinds: [], funds: [], moneyStages: [], promiseStatuses: [] },
    entries: [], funding: [], people: [], sources: [], statistics: [], statisticsPage: {}, promises: [], glossary: [],
  });
}
