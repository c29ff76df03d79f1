import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { checkAccessibility } from "../../../src/site-checks/browser/check-accessibility.ts";
import { checkCharts } from "../../../src/site-checks/browser/check-charts.ts";
import { checkFocusVisible } from "../../../src/site-checks/browser/check-focus.ts";
import { checkPageHealth } from "../../../src/site-checks/browser/check-page-health.ts";
import { checkWithoutJavaScript } from "../../../src/site-checks/browser/check-without-javascript.ts";
import { launchChromium } from "../../../src/site-checks/browser/launch-chromium.ts";
import type { BuiltSite } from "../../../src/site-checks/built-site.ts";
import { serveSite, type ServedSite } from "../../../src/site-checks/serve-site.ts";
import { browserChecksRun } from "../../support/browser-gate.ts";
import { onlyPages, plantedDefectSite } from "../../support/planted-site.ts";
import { lineFor, reportOf, rulesOn } from "../../support/problem-index.ts";

// Each browser check runs over the planted-defect site (test/fixtures/planted-defects/README.md)
// and must name the page and the rule of every defect planted for it, and pass the clean pages.
describe.skipIf(!browserChecksRun)("the browser checks on planted defects", () => {
  let browser: Browser;
  let site: BuiltSite;
  let served: ServedSite;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ site, cleanup } = await plantedDefectSite());
    [browser, served] = await Promise.all([launchChromium(), serveSite(site.dir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await cleanup?.();
  });

  it("fails poor contrast and an image without alt text at both widths, naming the page and the axe rule", async () => {
    const problems = await checkAccessibility(browser, onlyPages(site, ["/", "/poor-contrast/", "/image-without-alt/", "/chart/"]), served.url);
    expect(reportOf(problems)).toMatch(/^\/poor-contrast\/  axe\/color-contrast: at 375 px: Elements must meet minimum color contrast ratio thresholds \(serious impact\) at \.planted-faint\. https:\/\/\S+$/m);
    expect(reportOf(problems)).toMatch(lineFor("/poor-contrast/", "axe/color-contrast: at 1280 px"));
    expect(reportOf(problems)).toMatch(lineFor("/image-without-alt/", "axe/image-alt"));
    expect(rulesOn(problems, "/")).toEqual([]);
    expect(rulesOn(problems, "/chart/")).toEqual([]);
  });

  it("fails inline scripts blocked by the CSP, script errors, missing files and requests to other hosts", async () => {
    const problems = await checkPageHealth(browser, site, served.url);
    expect(reportOf(problems)).toMatch(/^\/inline-script\/  console-error: .*Content Security Policy/m);
    expect(reportOf(problems)).toContain("/script-error/  page-error: Error: planted failure");
    expect(reportOf(problems)).toMatch(/^\/dead-link\/  failed-request: http:\/\/127\.0\.0\.1:\d+\/assets\/missing\.svg answered 404$/m);
    expect(reportOf(problems)).toContain("/third-party/  third-party-request: requested https://example.com/pixel.png (image) from another host; self-host everything");
    expect(rulesOn(problems, "/")).toEqual([]);
    expect(rulesOn(problems, "/chart/")).toEqual([]);
  });

  it("fails a link that shows no focus when reached with the Tab key", async () => {
    const problems = await checkFocusVisible(browser, onlyPages(site, ["/", "/no-focus-style/", "/chart/"]), served.url);
    expect(reportOf(problems)).toBe(
      `/no-focus-style/  focus-visible: <a href="/"> "All planted pages" looks the same focused as unfocused when reached with the Tab key; give it a visible focus style\n1 problem on 1 page.`,
    );
  });

  it("fails content shown only by a script, and a chart page with no table", async () => {
    const problems = await checkWithoutJavaScript(browser, site, served.url);
    expect(reportOf(problems)).toContain(`/js-only-content/  content-needs-javascript: 1 line(s) of text appear only with JavaScript on: "This line appears only when a script runs."`);
    expect(reportOf(problems)).toContain("/blank-chart/  chart-without-table: the page has 1 chart(s) but shows no table of the figures with JavaScript off");
    expect(new Set(problems.map((p) => p.page))).toEqual(new Set(["/js-only-content/", "/blank-chart/"]));
  });

  it("fails a chart canvas that stays blank, and passes one that is drawn", async () => {
    const problems = await checkCharts(browser, site, served.url);
    expect(reportOf(problems)).toBe(
      `/blank-chart/  chart-blank: <canvas id="never-drawn"> (1 of 1) is still blank 5 s after the page loaded; the chart script did not draw it\n1 problem on 1 page.`,
    );
  });
});
