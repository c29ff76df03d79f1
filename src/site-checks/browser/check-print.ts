import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { printToPdf } from "./print-to-pdf.ts";

/**
 * The least text an A4 page of the printed full report should hold, on average. A full page of the
 * print stylesheet holds about 3,500 characters; below 2,600 a page is a quarter empty, the sign of
 * whole entries kept together, a heading left alone at a page foot, or a footer on a page of its own.
 */
export const MIN_CHARACTERS_PER_PAGE = 2_600;

/**
 * Prints the full report (the page at `reportPath`) to A4 in Chromium and fails when it takes more
 * sheets than its text needs: the budget is its characters over MIN_CHARACTERS_PER_PAGE, rounded up.
 * A site without that page has nothing to check.
 */
export async function checkPrintedReport(browser: Browser, site: BuiltSite, siteUrl: string, reportPath = "/report/"): Promise<SiteProblem[]> {
  if (!site.pages.some((p) => p.url === reportPath)) return [];
  const { pages, characters } = await printToPdf(browser, new URL(reportPath.slice(1), siteUrl).href);
  const budget = Math.max(1, Math.ceil(characters / MIN_CHARACTERS_PER_PAGE));
  if (pages <= budget) return [];
  return [{
    page: reportPath,
    rule: "print/page-budget",
    message: `prints on ${pages} A4 pages, over its budget of ${budget} for ${characters.toLocaleString("en-GB")} characters (at least ${MIN_CHARACTERS_PER_PAGE.toLocaleString("en-GB")} a page)`,
  }];
}
