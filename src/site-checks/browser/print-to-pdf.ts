import type { Browser } from "playwright-core";

/** A printed page: A4, the UK default, with the margins the print stylesheet sets. */
export interface PrintedPdf {
  pdf: Buffer;
  /** How many sheets of A4 the page prints on. */
  pages: number;
  /** How many characters of text the printout holds (the page's text as printed, spaces collapsed). */
  characters: number;
}

/**
 * Prints `address` to PDF in Chromium on A4, as a resident's "Print" or "Save as PDF" would, and
 * counts the sheets. The margins come from the site's own `@page` rule.
 * @example (await printToPdf(browser, "http://127.0.0.1:8080/report/")).pages // 9
 */
export async function printToPdf(browser: Browser, address: string): Promise<PrintedPdf> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(address, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const characters = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " ").trim().length);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: false });
    return { pdf, pages: countPdfPages(pdf), characters };
  } finally {
    await context.close();
  }
}

/** Counts the page objects of a PDF Chromium wrote (uncompressed object headers; no parser needed). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
