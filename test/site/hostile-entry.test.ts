import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPageHealth } from "../../src/site-checks/browser/check-page-health.ts";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";
import { checkHtml, loadHtmlValidateConfig } from "../../src/site-checks/check-html.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { parsePage, textOf } from "../../src/site-checks/parse-page.ts";
import { serveSite } from "../../src/site-checks/serve-site.ts";
import { browserChecksRun } from "../support/browser-gate.ts";
import { buildSite } from "../support/build-site.ts";
import { minimalRecordWith, projectRoot } from "../support/fixture-record.ts";
import { expectNoProblems } from "../support/site-checks.ts";

// An entry written to attack the site (test/fixtures/hostile/): raw HTML, <script>, onerror=,
// javascript: and data: links and a title with markup, in every field that reaches a page.
const TITLE = `<img src=x onerror=alert(1)> <b>Bold</b> & <script>alert("title")</script>`;

describe("a hostile entry", () => {
  let site: BuiltSite;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const record = await minimalRecordWith({
      "content/2014/2014-11-11-hostile-entry.md": "hostile/2014-11-11-hostile-entry.md",
      "data/sources/hostile-source.md": "hostile/hostile-source.md",
    });
    cleanup = record.cleanup;
    await buildSite({ root: record.root, output: path.join(record.root, "_site") });
    site = await readBuiltSite(path.join(record.root, "_site"));
  });
  afterAll(() => cleanup?.());

  it("comes out with no script, event handler, script or data link, style or third-party resource on any page", () => {
    expect(site.pages.map((p) => p.url)).toContain("/timeline/hostile-entry/");
    expectNoProblems(checkSecurity(site));
  });

  it("comes out as valid HTML, escaped exactly once", async () => {
    expectNoProblems([...(await checkHtml(site, await loadHtmlValidateConfig(projectRoot))), ...checkEscaping(site)]);
  });

  it("shows its markup as text, in the heading, the page title and the timeline", () => {
    const entry = parsePage(site.pages.find((p) => p.url === "/timeline/hostile-entry/")!.html);
    const text = (name: string) => entry.elements.filter((e) => e.name === name).map(textOf);
    expect(text("h1")).toEqual([TITLE]);
    expect(text("title")[0]).toMatch(new RegExp(`^${TITLE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – `));
    expect(entry.elements.filter((e) => ["img", "b", "svg", "iframe", "style"].includes(e.name))).toEqual([]);
    const home = parsePage(site.pages.find((p) => p.url === "/")!.html);
    expect(home.elements.filter((e) => e.name === "a").map(textOf)).toContain(TITLE);
  });

  it.skipIf(!browserChecksRun)("runs none of its code in a browser: no dialog, no script error, no request elsewhere", async () => {
    const [browser, served] = await Promise.all([launchChromium(), serveSite(site.dir)]);
    try {
      expectNoProblems(await checkPageHealth(browser, site, served.url));
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
