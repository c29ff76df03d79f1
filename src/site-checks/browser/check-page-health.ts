import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { settle, visitEveryPage, type VisitOptions } from "./visit-pages.ts";

/**
 * Browsers ask for /favicon.ico by themselves when a page names no icon; a missing one is the
 * browser's guess failing, not the page's error. An icon the page names is checked like any file.
 */
const isFaviconGuess = (url: string) => new URL(url).pathname === "/favicon.ico";

/**
 * Loads every page with JavaScript on and reports anything that goes wrong while it loads:
 * console errors (CSP violations among them), uncaught script errors, dialogs, failed requests,
 * and any request to another host (aborted before it leaves the machine).
 */
export async function checkPageHealth(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const perPage = await visitEveryPage(browser, site, siteUrl, options, async ({ page, address, sitePage, origin }) => {
    const problems: SiteProblem[] = [];
    const report = (rule: string, message: string) => problems.push({ page: sitePage.url, rule, message });
    page.on("console", (message) => {
      // "Failed to load resource" is reported below as failed-request, with the address.
      if (message.type() !== "error" || message.text().startsWith("Failed to load resource")) return;
      report("console-error", message.text());
    });
    page.on("pageerror", (error) => report("page-error", `${error.name}: ${error.message}`));
    page.on("dialog", (dialog) => {
      report("dialog", `the page opened a ${dialog.type()} dialog saying "${dialog.message()}"`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if ((url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") && url.origin !== origin) {
        report("third-party-request", `requested ${request.url()} (${request.resourceType()}) from another host; self-host everything`);
      }
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && !isFaviconGuess(response.url())) report("failed-request", `${response.url()} answered ${response.status()}`);
    });
    page.on("requestfailed", (request) => {
      // ERR_ABORTED is the browser dropping a request it no longer needs (the page moved on or closed), not a
      // missing file: those answer 404 and are reported above, and the link check proves every file exists.
      if (request.failure()?.errorText === "net::ERR_ABORTED") return;
      if (new URL(request.url()).origin === origin && !isFaviconGuess(request.url())) report("failed-request", `${request.url()} failed: ${request.failure()?.errorText ?? "unknown error"}`);
    });
    const response = await page.goto(address, { waitUntil: "load" });
    if (!response || response.status() >= 400) report("failed-request", `the page itself answered ${response?.status() ?? "nothing"}`);
    await settle(page);
    return problems;
  });
  return perPage.flat();
}
