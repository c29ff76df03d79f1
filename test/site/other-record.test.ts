import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAccessibility } from "../../src/site-checks/browser/check-accessibility.ts";
import { checkCharts } from "../../src/site-checks/browser/check-charts.ts";
import { checkWithoutJavaScript } from "../../src/site-checks/browser/check-without-javascript.ts";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkBudgets } from "../../src/site-checks/check-budgets.ts";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";
import { checkHtml, loadHtmlValidateConfig } from "../../src/site-checks/check-html.ts";
import { checkLinks } from "../../src/site-checks/check-links.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { serveSite, type ServedSite } from "../../src/site-checks/serve-site.ts";
import { browserChecksRun } from "../support/browser-gate.ts";
import { buildSite } from "../support/build-site.ts";
import { housingRoot, projectRoot } from "../support/fixture-record.ts";
import { expectNoProblems } from "../support/site-checks.ts";

// The generator must publish any council's record, not just the shipped one. This builds another
// kind of record (test/fixtures/housing/, or the folder in OTHER_RECORD) exactly as a council that
// replaced content/ and data/ would, and runs every site check over it: the checks without a
// browser on every page; in the browser, on one page of each kind, the checks whose outcome depends
// on the record's content (focus and page health depend on the templates, which test/site/browser
// checks on every page of the shipped record), to stay within CI's budget.
// scripts/test-with-record.sh runs the whole suite with such a record in place, when there is time.
const RECORD = process.env.OTHER_RECORD ? path.resolve(process.env.OTHER_RECORD) : housingRoot;

/** One page of each template: the first entry, person and filter page stand for the rest. */
function onePageOfEachKind(site: BuiltSite): BuiltSite {
  const kindOf = (url: string) => url.replace(/^\/(timeline\/kind|timeline\/phase|timeline|people)\/[^/]+\/$/, "/$1/*/");
  const seen = new Set<string>();
  return { ...site, pages: site.pages.filter((p) => !seen.has(kindOf(p.url)) && seen.add(kindOf(p.url))) };
}

describe(`another record (${path.relative(projectRoot, RECORD)}) in place of the shipped one`, () => {
  let dir: string;
  let site: BuiltSite;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-other-record-"));
    for (const folder of ["content", "data"]) await cp(path.join(RECORD, folder), path.join(dir, folder), { recursive: true });
    await buildSite({ root: dir, output: path.join(dir, "_site") });
    site = await readBuiltSite(path.join(dir, "_site"));
  });
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it("builds, and passes the HTML, escaping, link, security and budget checks on every page", async () => {
    expect(site.pages.length).toBeGreaterThan(10);
    expectNoProblems([
      ...(await checkHtml(site, await loadHtmlValidateConfig(projectRoot))),
      ...checkEscaping(site),
      ...checkLinks(site),
      ...checkSecurity(site),
      ...checkBudgets(site),
    ]);
  });

  describe.skipIf(!browserChecksRun)("in Chromium, one page of each kind", () => {
    let browser: Browser;
    let served: ServedSite;
    let sample: BuiltSite;
    beforeAll(async () => {
      browser = await launchChromium();
      served = await serveSite(site.dir);
      sample = onePageOfEachKind(site);
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    it("has no WCAG 2.2 A or AA violations, shows everything without JavaScript and draws its charts", async () => {
      expect(sample.pages.map((p) => p.url)).toEqual(expect.arrayContaining(["/", "/money/", "/people/", "/report/"]));
      expectNoProblems([
        ...(await checkAccessibility(browser, sample, served.url)),
        ...(await checkWithoutJavaScript(browser, sample, served.url)),
        ...(await checkCharts(browser, sample, served.url)),
      ]);
    }, 300_000);
  });
});
