import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { visitEveryPage, type VisitOptions } from "./visit-pages.ts";

/** How long a chart may take to appear before it counts as never drawn. */
const DRAW_TIMEOUT_MS = 5_000;

interface CanvasState {
  label: string;
  width: number;
  height: number;
  drawn: boolean;
}

/**
 * Loads every page that has a `<canvas>` with JavaScript on and checks that each canvas gets drawn:
 * it has a size and, within a few seconds, at least one pixel that is not transparent.
 */
export async function checkCharts(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const chartPages = { ...site, pages: site.pages.filter((p) => /<canvas[\s>]/i.test(p.html)) };
  const perPage = await visitEveryPage(browser, chartPages, siteUrl, options, async ({ page, address, sitePage }) => {
    await page.goto(address, { waitUntil: "load" });
    const readCanvases = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("canvas")].map((canvas, i, all): CanvasState => {
          const label = `<canvas${canvas.id ? ` id="${canvas.id}"` : ""}> (${i + 1} of ${all.length})`;
          if (canvas.width === 0 || canvas.height === 0) return { label, width: canvas.width, height: canvas.height, drawn: false };
          const context = canvas.getContext("2d");
          let drawn = false;
          if (context) {
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            for (let p = 3; p < pixels.length; p += 4) if (pixels[p] !== 0) { drawn = true; break; }
          } else {
            // A WebGL or bitmap canvas: compare with an empty canvas of the same size.
            const empty = document.createElement("canvas");
            empty.width = canvas.width;
            empty.height = canvas.height;
            drawn = canvas.toDataURL() !== empty.toDataURL();
          }
          return { label, width: canvas.width, height: canvas.height, drawn };
        }),
      );
    const deadline = Date.now() + DRAW_TIMEOUT_MS;
    let canvases = await readCanvases();
    while (canvases.some((c) => !c.drawn) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      canvases = await readCanvases();
    }
    return canvases
      .filter((c) => !c.drawn)
      .map((c): SiteProblem => ({
        page: sitePage.url,
        rule: "chart-blank",
        message: c.width === 0 || c.height === 0
          ? `${c.label} has no size (${c.width}×${c.height}), so nothing can be drawn`
          : `${c.label} is still blank ${DRAW_TIMEOUT_MS / 1000} s after the page loaded; the chart script did not draw it`,
      }));
  });
  return perPage.flat();
}
