import { loadModelResult } from "../eleventy/load-model.ts";
import { formatProblems } from "../problems/format-problems.ts";
import type { Problem } from "../problems/problem.ts";
import { buildModel, type ReportModel } from "../record/build-model.ts";
import { problemsPage } from "./problems-page.ts";
import { GUIDE_ADDRESS, guidePage } from "./guide-page.ts";

/** What the dev server's onRequest hook may answer: nothing (serve the built file) or a whole response. */
type Answer = { status: number; headers: Record<string, string>; body: string } | undefined;

/** Addresses of pages, as opposed to the stylesheet, scripts, schemas and other files a page loads. */
const isPageAddress = (pathname: string) => pathname.endsWith("/") || pathname.endsWith(".html") || !/\.[a-z0-9]+$/i.test(pathname);

/**
 * The preview server's view of the record between rebuilds. Instead of failing the build (which
 * would leave the last good pages on screen with no word of what is wrong), a rebuild with content
 * problems keeps the site renderable, lists the problems in the terminal, and every page address
 * answers with the problems page until a rebuild finds none; live reload then brings the site back.
 */
export class PreviewSession {
  #problems: Problem[] = [];
  #lastGood: ReportModel | undefined;

  constructor(
    private readonly root: string,
    private readonly log: (text: string) => void = (text) => process.stderr.write(`${text}\n`),
  ) {}

  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** The global data for templates: the model when valid; otherwise the last good one, so the build still completes. */
  async loadModel(): Promise<ReportModel> {
    const result = await loadModelResult(this.root);
    if (result.ok) {
      if (this.#problems.length > 0) this.log("The content is valid again; the preview shows the site.");
      this.#problems = [];
      this.#lastGood = result.model;
      return result.model;
    }
    this.#problems = result.problems;
    this.log(`${formatProblems(result.problems)}\nThe preview shows these problems at every address until they are fixed.`);
    return this.#lastGood ?? emptyModel();
  }

  /** The dev server's onRequest hook: while there are problems, every page address gets the problems page. */
  readonly answer = ({ url }: { url: URL }): Answer => {
    if (url.pathname === GUIDE_ADDRESS) return { status: 200, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }, body: guidePage(process.cwd()) };
    if (this.#problems.length === 0 || !isPageAddress(url.pathname)) return undefined;
    return {
      status: 500,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      body: problemsPage(this.#problems),
    };
  };
}

/** A model with nothing in it, for a preview started on content that has never been valid. */
function emptyModel(): ReportModel {
  return buildModel({
    site: {
      title: "Preview", shortTitle: "Preview", description: "", organisation: "", publisher: "", url: "https://example.invalid/",
      language: "en", banner: "", introduction: [], contactEmail: "", phases: [], earliestDate: "0001-01-01",
    },
    entries: [], funding: [], people: [], sources: [], statistics: [], promises: [], glossary: [],
  });
}
