import { availableParallelism } from "node:os";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { BuiltPage, BuiltSite } from "../built-site.ts";

/** One page opened in the browser, with where it came from. */
export interface Visit {
  page: Page;
  /** The page's full address on the local server. */
  address: string;
  sitePage: BuiltPage;
  /** The local server's origin; anything else is another host. */
  origin: string;
}

export interface VisitOptions extends BrowserContextOptions {
  /** Pages open at once; the checks are CPU-bound, so about one per core. */
  concurrency?: number;
  /** Script run in every page before its own scripts (it is not subject to the page's CSP). */
  initScript?: () => void;
}

/** Page events a visit may listen to; its listeners go when it ends, so the next page starts clean. */
const VISIT_EVENTS = ["console", "pageerror", "dialog", "request", "response", "requestfailed"];

/** How many pages to check at once by default. */
export const defaultConcurrency = (): number => Math.max(1, Math.min(4, availableParallelism()));

/**
 * Opens every page of the site in one fresh browser context, `concurrency` tabs at a time, and
 * collects what `visit` returns, in page order. Each tab is reused from page to page (opening a
 * tab costs more than loading one of these pages); listeners a visit adds are removed after it.
 * Requests to any other host are aborted, so a check can never reach the internet; the page-health
 * check reports them.
 */
export async function visitEveryPage<T>(
  browser: Browser,
  site: BuiltSite,
  siteUrl: string,
  options: VisitOptions,
  visit: (v: Visit) => Promise<T>,
): Promise<T[]> {
  const { concurrency = defaultConcurrency(), initScript, ...contextOptions } = options;
  const viewport = { width: 1280, height: 800 };
  const context = await browser.newContext({ viewport, ...contextOptions });
  const origin = new URL(siteUrl).origin;
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  if (initScript) await context.addInitScript(initScript);
  try {
    const results: T[] = new Array(site.pages.length);
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      while (next < site.pages.length) {
        const index = next++;
        const sitePage = site.pages[index]!;
        try {
          results[index] = await visit({ page, address: new URL(sitePage.url.slice(1), siteUrl).href, sitePage, origin });
        } finally {
          for (const event of VISIT_EVENTS) page.removeAllListeners(event);
          await page.setViewportSize(contextOptions.viewport ?? viewport);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, site.pages.length) }, worker));
    return results;
  } finally {
    await context.close();
  }
}

/** Waits two animation frames, so scripts deferred to the first frame (chart drawing) have run. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
