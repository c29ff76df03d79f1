import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { visitEveryPage, type VisitOptions } from "./visit-pages.ts";

interface ShownText {
  lines: string[];
  canvases: number;
  visibleTables: number;
}

/**
 * Marks every element the HTML parser made. It runs when parsing ends ("interactive"), which is
 * before deferred scripts run, so whatever scripts add later is left unmarked.
 */
function markParsedElements(): void {
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    const parsed = new WeakSet<Element>();
    for (const el of document.querySelectorAll("*")) parsed.add(el);
    (window as unknown as { __parsedElements: WeakSet<Element> }).__parsedElements = parsed;
  });
}

/**
 * Compares every page with JavaScript off and on: all text a reader sees with scripts on (apart
 * from what scripts build themselves, and the charts' canvases) must be there with scripts off,
 * and a page with charts must show its figures as a table without JavaScript.
 */
export async function checkWithoutJavaScript(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const readText = (scriptsOn: boolean) =>
    visitEveryPage(browser, site, siteUrl, { ...options, javaScriptEnabled: scriptsOn, ...(scriptsOn ? { initScript: markParsedElements } : {}) }, async ({ page, address }) => {
      await page.goto(address, { waitUntil: "load" });
      return page.evaluate((): ShownText => {
        const canvases = document.querySelectorAll("canvas").length;
        const visibleTables = [...document.querySelectorAll("table")].filter((t) => t.getClientRects().length > 0).length;
        // Canvas pixels are not text; with scripts off the canvas shows its fallback instead.
        for (const el of [...document.querySelectorAll("canvas")]) el.remove();
        // With scripts on, leave out what scripts built; set only when scripts ran (see markParsedElements).
        const parsed = (window as unknown as { __parsedElements?: WeakSet<Element> }).__parsedElements;
        if (parsed) for (const el of [...document.body.querySelectorAll("*")]) if (!parsed.has(el) && el.isConnected) el.remove();
        const lines = document.body.innerText.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
        return { lines, canvases, visibleTables };
      });
    });
  const [withScripts, withoutScripts] = [await readText(true), await readText(false)];
  const problems: SiteProblem[] = [];
  site.pages.forEach((sitePage, i) => {
    const on = withScripts[i]!;
    const off = withoutScripts[i]!;
    const shown = new Set(off.lines);
    const missing = [...new Set(on.lines.filter((l) => !shown.has(l)))];
    if (missing.length > 0) {
      const sample = missing.slice(0, 3).map((l) => `"${l.length > 80 ? `${l.slice(0, 77)}...` : l}"`).join(", ");
      problems.push({ page: sitePage.url, rule: "content-needs-javascript", message: `${missing.length} line(s) of text appear only with JavaScript on: ${sample}` });
    }
    if (on.canvases > 0 && off.visibleTables === 0) {
      problems.push({ page: sitePage.url, rule: "chart-without-table", message: `the page has ${on.canvases} chart(s) but shows no table of the figures with JavaScript off` });
    }
  });
  return problems;
}
