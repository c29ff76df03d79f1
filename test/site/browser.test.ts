import { afterAll, beforeAll, describe, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { checkAccessibility } from "../../src/site-checks/browser/check-accessibility.ts";
import { checkCharts } from "../../src/site-checks/browser/check-charts.ts";
import { checkFocusVisible } from "../../src/site-checks/browser/check-focus.ts";
import { checkPageHealth } from "../../src/site-checks/browser/check-page-health.ts";
import { checkPhoneLayout } from "../../src/site-checks/browser/check-phone-layout.ts";
import { checkPrintedReport } from "../../src/site-checks/browser/check-print.ts";
import { checkWithoutJavaScript } from "../../src/site-checks/browser/check-without-javascript.ts";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { serveSite, type ServedSite } from "../../src/site-checks/serve-site.ts";
import { browserChecksRun } from "../support/browser-gate.ts";
import { expectNoProblems, prefixedSite, shippedSite } from "../support/site-checks.ts";

// Every check opens every page of the built site; allow for a site many times today's size.
const SLOW = 600_000;

describe.skipIf(!browserChecksRun)("the built site in Chromium", () => {
  let browser: Browser;
  let site: BuiltSite;
  let served: ServedSite;

  beforeAll(async () => {
    browser = await launchChromium();
    site = await shippedSite();
    served = await serveSite(inject("siteDir"));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("has no WCAG 2.2 A or AA violations (axe-core) on any page, at 375 px and at 1280 px", async () => {
    expectNoProblems(await checkAccessibility(browser, site, served.url));
  }, SLOW);

  it("loads every page with no console errors, script errors, failed requests or requests to other hosts", async () => {
    expectNoProblems(await checkPageHealth(browser, site, served.url));
  }, SLOW);

  it("loads every page and all it refers to when served below a path prefix", async () => {
    const { site: prefixed, prefix } = await prefixedSite();
    const server = await serveSite(inject("prefixedSiteDir"), prefix);
    try {
      expectNoProblems(await checkPageHealth(browser, prefixed, server.url));
    } finally {
      await server.close();
    }
  }, SLOW);

  it("shows a visible focus indicator on everything reached with the Tab key", async () => {
    expectNoProblems(await checkFocusVisible(browser, site, served.url));
  }, SLOW);

  it("shows all of every page's content with JavaScript off, with charts' figures as tables", async () => {
    expectNoProblems(await checkWithoutJavaScript(browser, site, served.url));
  }, SLOW);

  it("fits a 375 px phone: no sideways scrolling, no table cell cut off or unlabelled, the home page's status on the first screen", async () => {
    expectNoProblems(await checkPhoneLayout(browser, site, served.url));
  }, SLOW);

  it("prints the full report on A4 within its page budget: no page left a quarter empty on average", async () => {
    expectNoProblems(await checkPrintedReport(browser, site, served.url));
  }, SLOW);

  it("draws every chart with JavaScript on", async () => {
    expectNoProblems(await checkCharts(browser, site, served.url));
  }, SLOW);
});
