// Prints a built site's /report/ to A4 PDF and says how many pages it takes: npx tsx scripts/docs/measure-print.ts [_site] [out.pdf]
import { writeFile } from "node:fs/promises";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { printToPdf } from "../../src/site-checks/browser/print-to-pdf.ts";
import { serveSite } from "../../src/site-checks/serve-site.ts";

const [dir = "_site", out] = process.argv.slice(2);
const served = await serveSite(dir);
const browser = await launchChromium();
try {
  const { pdf, pages } = await printToPdf(browser, new URL("report/", served.url).href);
  if (out) await writeFile(out, pdf);
  process.stdout.write(`/report/ prints on ${pages} A4 pages\n`);
} finally {
  await browser.close();
  await served.close();
}
