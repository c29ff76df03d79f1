import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { serveSite, type ServedSite } from "../../src/site-checks/serve-site.ts";
import { browserChecksRun } from "../support/browser-gate.ts";
import { buildSite } from "../support/build-site.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

// More entries mentioning the word than the search page shows at once (20), so the rest must be reachable.
const GENERATED = 27;
// The index is split into parts of this many pages, as a large record's is, so every search
// below has to find its results across all of them.
const PART_SIZE = 8;
const WORD = "quagga";

/** An entry of the minimal record that mentions WORD, dated n days into 2014. */
const entry = (n: number) => `---
title: Quagga decision number ${n}
date: 2014-03-${String(n).padStart(2, "0")}
datePrecision: day
kind: cabinet-decision
phase: response
summary: Cabinet took decision ${n} about the ${WORD} programme.
sources:
  - council-statement
---
The ${WORD} programme was discussed at meeting ${n}. ([statement](source:council-statement "Cabinet released £4.8m from reserves"))
`;

describe.skipIf(!browserChecksRun)("search on a record with more matching pages than one screen of results, its index in parts", () => {
  let browser: Browser;
  let served: ServedSite;
  let cleanup: () => Promise<void>;
  let parts: string[] = [];

  beforeAll(async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    await mkdir(path.join(fixture.root, "content", "2014"), { recursive: true });
    for (let n = 1; n <= GENERATED; n++) await writeFile(path.join(fixture.root, "content", "2014", `2014-03-${String(n).padStart(2, "0")}-quagga-${n}.md`), entry(n));
    const output = path.join(fixture.root, "_site");
    await buildSite({ root: fixture.root, output, searchPartSize: PART_SIZE });
    parts = JSON.parse(await readFile(path.join(output, "pagefind", "parts.json"), "utf8")).parts;
    served = await serveSite(output);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await cleanup?.();
  });

  const search = async (page: Page, query: string) => {
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, served.url).href, { waitUntil: "load" });
    await page.waitForFunction(() => /results? for|No results/.test(document.getElementById("ar-search-status")?.textContent ?? ""));
    return page;
  };
  const status = (page: Page) => page.locator("#ar-search-status").innerText();
  const resultUrls = (page: Page) => page.locator("#ar-search-results li .ar-list__title a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it("writes the index in parts of at most the size asked for, each its own Pagefind bundle", () => {
    // 27 entries and the minimal record's people, in parts of 8.
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts).toEqual(parts.map((_, i) => `pagefind-${i + 2}/`));
  });

  it("shows the first 20, then every other result one button press at a time, entries first", async () => {
    const page = await search(await browser.newPage(), WORD);
    const total = Number((await status(page)).match(/^(\d+) results/)?.[1]);
    expect(total).toBeGreaterThan(GENERATED);
    expect(await resultUrls(page)).toHaveLength(20);
    expect(await status(page)).toContain("Showing 1 to 20.");
    const more = page.locator("#ar-search-more");
    await expect.poll(() => more.innerText()).toBe(`Show ${Math.min(20, total - 20)} more results (${total - 20} not shown yet)`);
    while (await more.isVisible()) {
      const before = (await resultUrls(page)).length;
      await more.click();
      await expect.poll(async () => (await resultUrls(page)).length).toBeGreaterThan(before);
    }
    const urls = await resultUrls(page);
    expect(urls).toHaveLength(total);
    expect(new Set(urls).size).toBe(total);
    // Every generated entry is found, and all of them before any page that only lists them.
    const entryUrls = urls.filter((u) => u.startsWith("/timeline/quagga-"));
    expect(entryUrls).toHaveLength(GENERATED);
    expect(urls.slice(0, GENERATED)).toEqual(entryUrls);
    expect(await status(page)).toMatch(new RegExp(`^${total} results for “${WORD}”: ${GENERATED} entries, \\d+ other pages\\.$`));
    await page.close();
  });

  it("narrows results to one kind of event, and keeps the page chrome out of the excerpts", async () => {
    const page = await search(await browser.newPage(), WORD);
    await page.selectOption("select[name=kind]", { label: "Cabinet decision" });
    await page.waitForFunction(() => (document.getElementById("ar-search-status")?.textContent ?? "").startsWith(`27 results`));
    expect(new URL(page.url()).searchParams.get("kind")).toBe("Cabinet decision");
    const excerpts = await page.locator("#ar-search-results li").allInnerTexts();
    for (const text of excerpts) expect(text).not.toMatch(/Last updated|All changes to the record|Cite this page|Previous event|Next event/);
    await page.close();
  });
});
