import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { visitEveryPage, type VisitOptions } from "./visit-pages.ts";

/** A small phone's screen, portrait. */
export const PHONE = { width: 375, height: 667 } as const;

interface Finding {
  rule: string;
  message: string;
}

/**
 * At 375 px, on every page: the page never scrolls sideways; no table cell reaches past the
 * screen or is cut off inside a box that scrolls or clips; every cell of a table shown as blocks
 * says which column it belongs to; and where a page has a status block (`data-ar-status`), its
 * heading and first fact are on the first screen, without scrolling.
 */
export async function checkPhoneLayout(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const perPage = await visitEveryPage(browser, site, siteUrl, { viewport: PHONE, ...options }, async ({ page, address, sitePage }) => {
    await page.goto(address, { waitUntil: "load" });
    const findings = await page.evaluate((screen): Finding[] => {
      const out: Finding[] = [];
      const doc = document.documentElement;
      // Held in an array, not a named const: tsx would wrap a named function in a helper the page lacks.
      const [describe] = [(el: Element) => {
        const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
        return `<${el.tagName.toLowerCase()}> "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
      }];
      if (doc.scrollWidth > doc.clientWidth + 1) out.push({ rule: "phone/scrolls-sideways", message: `at ${screen.width} px the page is ${doc.scrollWidth} px wide and scrolls sideways` });
      for (const cell of document.querySelectorAll("table td, table th")) {
        // Skip what is not drawn, or drawn as a 1 px box for screen readers only (a stacked table's header row).
        if (cell.closest("thead") && getComputedStyle(cell.closest("thead")!).position === "absolute") continue;
        const rect = cell.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        if (rect.right > doc.clientWidth + 1 || rect.left < -1) {
          out.push({ rule: "phone/table-cell-off-screen", message: `${describe(cell)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, past the ${doc.clientWidth} px screen` });
          continue;
        }
        if (cell.scrollWidth > cell.clientWidth + 1) out.push({ rule: "phone/table-cell-clipped", message: `${describe(cell)} needs ${cell.scrollWidth} px but has ${cell.clientWidth} px` });
        for (let box = cell.parentElement; box && box !== document.body; box = box.parentElement) {
          const overflow = getComputedStyle(box).overflowX;
          if (overflow !== "visible" && box.scrollWidth > box.clientWidth + 1) {
            out.push({ rule: "phone/table-scrolls-sideways", message: `${describe(cell)} sits in a <${box.tagName.toLowerCase()}> that scrolls or clips sideways (${box.scrollWidth} px of content in ${box.clientWidth} px)` });
            break;
          }
        }
        const row = cell.parentElement;
        if (cell.tagName === "TD" && row && getComputedStyle(row).display !== "table-row" && !cell.getAttribute("data-label")) {
          out.push({ rule: "phone/table-cell-unlabelled", message: `${describe(cell)} is shown as a block but has no data-label naming its column` });
        }
      }
      const status = document.querySelector("[data-ar-status]");
      if (status) {
        const heading = status.querySelector("h1, h2");
        const first = status.querySelector("dd, li, p");
        for (const el of [heading, first]) {
          if (!el) continue;
          const rect = el.getBoundingClientRect();
          if (rect.bottom > screen.height) out.push({ rule: "phone/status-below-fold", message: `${describe(el)} ends ${Math.round(rect.bottom)} px down, below the first ${screen.height} px screen` });
        }
      }
      // One problem per rule and cell is enough to act on; a broken table repeats itself in every row.
      return out.filter((f, i) => out.findIndex((g) => g.rule === f.rule && g.message === f.message) === i);
    }, { width: options.viewport?.width ?? PHONE.width, height: options.viewport?.height ?? PHONE.height });
    return findings.map((f): SiteProblem => ({ page: sitePage.url, ...f }));
  });
  return perPage.flat();
}
