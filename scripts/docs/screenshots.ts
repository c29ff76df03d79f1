// The README's and docs/reading.md's pictures of a built site: npx tsx scripts/docs/screenshots.ts [_site] [docs]
// Each page at 375 px (a phone) and 1280 px, as much as fits the first screen; /report/ printed
// to A4 PDF beside them (turn it into PNG pages with pdftoppm, see docs/reading.md).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { printToPdf } from "../../src/site-checks/browser/print-to-pdf.ts";
import { serveSite } from "../../src/site-checks/serve-site.ts";

const [dir = "_site", out = "docs"] = process.argv.slice(2);
const shots: { name: string; path: string; width: number; height: number; full?: boolean; search?: string }[] = [
  { name: "home-375", path: "", width: 375, height: 667 },
  { name: "home-1280", path: "", width: 1280, height: 800 },
  { name: "money-375", path: "money/", width: 375, height: 1400 },
  { name: "money-1280", path: "money/", width: 1280, height: 900 },
  { name: "search-375", path: "search/?q=plan", width: 375, height: 900, search: "plan" },
];
const served = await serveSite(dir);
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height } });
    const page = await context.newPage();
    await page.goto(new URL(shot.path, served.url).href, { waitUntil: "load" });
    if (shot.search) await page.waitForSelector("#ar-search-results li");
    await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: shot.full ?? false });
    await context.close();
  }
  const { pdf, pages } = await printToPdf(browser, new URL("report/", served.url).href);
  await writeFile(path.join(out, "report-a4.pdf"), pdf);
  process.stdout.write(`Screenshots in ${out}/; /report/ prints on ${pages} A4 pages (${out}/report-a4.pdf)\n`);
} finally {
  await browser.close();
  await served.close();
}
