// The pictures in docs/reading.md, of a built site: npm run build && npx tsx scripts/docs/screenshots.ts [_site] [docs]
// Pages at 375 px (a phone) and 1280 px, as much as fits the first screen, and /report/ printed to
// A4 PDF in Chromium, each sheet turned into a PNG by pdftoppm (Debian's poppler-utils).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
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
  const scratch = await mkdtemp(path.join(tmpdir(), "ar-print-"));
  try {
    await writeFile(path.join(scratch, "report.pdf"), pdf);
    for (const old of (await readdir(out)).filter((n) => /^report-a4-\d+\.png$/.test(n))) await rm(path.join(out, old));
    await promisify(execFile)("pdftoppm", ["-r", "48", "-png", path.join(scratch, "report.pdf"), path.join(out, "report-a4")]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  process.stdout.write(`Screenshots in ${out}/; /report/ prints on ${pages} A4 pages (${out}/report-a4-*.png)\n`);
} finally {
  await browser.close();
  await served.close();
}
