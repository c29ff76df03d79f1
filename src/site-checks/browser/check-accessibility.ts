import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { visitEveryPage, type VisitOptions } from "./visit-pages.ts";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what UK public sector sites must meet. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A small phone and a laptop: layouts break at both ends. */
export const WIDTHS = [375, 1280] as const;

/** Runs axe on the page as it is now and turns each violation into a problem. */
async function axeProblems(page: Page, pageUrl: string, width: number): Promise<SiteProblem[]> {
  // Legacy mode runs axe inside the page itself. The default opens an extra blank page on every run
  // to merge results across frames, which doubles the time, and our pages have no frames. Only
  // violations are read, so axe is asked to work out the elements (selectors, HTML) of those alone
  // (its API.md, "Performance"): the passes of every rule were most of each run's time.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ["violations"] }).setLegacyMode(true).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(" "));
    const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : "";
    return { page: pageUrl, rule: `axe/${v.id}`, message: `at ${width} px: ${v.help} (${v.impact ?? "unknown"} impact) at ${targets.join(", ")}${more}. ${v.helpUrl}` };
  });
}

/** Checks every page with axe-core against WCAG 2.2 A and AA, at 375 px and at 1280 px wide. */
export async function checkAccessibility(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const perPage = await visitEveryPage(browser, site, siteUrl, options, async ({ page, address, sitePage }) => {
    const problems: SiteProblem[] = [];
    await page.goto(address, { waitUntil: "load" });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      problems.push(...(await axeProblems(page, sitePage.url, width)));
    }
    return problems;
  });
  return perPage.flat();
}
