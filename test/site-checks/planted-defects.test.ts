import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkBudgets, defaultBudgets } from "../../src/site-checks/check-budgets.ts";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";
import { checkHtml, loadHtmlValidateConfig } from "../../src/site-checks/check-html.ts";
import { checkLinks } from "../../src/site-checks/check-links.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { projectRoot } from "../support/fixture-record.ts";
import { plantedDefectSite } from "../support/planted-site.ts";
import { lineFor, reportOf, rulesOn } from "../support/problem-index.ts";
import type { SiteProblem } from "../../src/site-checks/site-problem.ts";

// Each check runs over test/fixtures/planted-defects/ (see its README) and must name the page and
// the rule of every defect planted for it, and nothing else: each check's whole list of page and
// rule pairs is compared, so a check that stops firing on one of several pages fails the test.
const pageRules = (problems: readonly SiteProblem[]): string[] => [...new Set(problems.map((p) => `${p.page} ${p.rule}`))].sort();
let site: BuiltSite;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ site, cleanup } = await plantedDefectSite()));
afterAll(() => cleanup());

describe("the HTML check", () => {
  it("fails an <img> without alt text, naming the page and the html-validate rule", async () => {
    const problems = await checkHtml(site, await loadHtmlValidateConfig(projectRoot));
    expect(reportOf(problems)).toMatch(lineFor("/image-without-alt/", "html-validate/wcag/h37"));
    // html-validate also sees the style attribute planted for the security check.
    expect(pageRules(problems)).toEqual(["/image-without-alt/ html-validate/wcag/h37", "/unsafe-links/ html-validate/no-inline-style"]);
  });
});

describe("the escaping check", () => {
  it("fails text that shows an entity to readers because it was escaped twice", () => {
    const problems = checkEscaping(site);
    expect(pageRules(problems)).toEqual(["/escaped-twice/ escaped-twice"]);
    expect(reportOf(problems)).toContain(`/escaped-twice/  escaped-twice: line 13: the text of <p> shows "&#39;" to readers, in "The council&#39;s plan."; the text was escaped twice`);
    expect(problems.map((p) => p.page)).toEqual(["/escaped-twice/"]);
  });
});

describe("the link check", () => {
  it("fails a dead link, a dead fragment and a missing image, naming the page and the rule", () => {
    const problems = checkLinks(site);
    expect(reportOf(problems)).toContain(`/dead-link/  dead-link: line 13: <a href="/no-such-page/"> points to /no-such-page/, but the built site has no such page or file`);
    expect(reportOf(problems)).toContain(`/dead-link/  dead-fragment: line 13: <a href="/#no-such-id"> points to #no-such-id, but / has no element with id="no-such-id"`);
    expect(reportOf(problems)).toMatch(lineFor("/dead-link/", "dead-link"));
    expect(pageRules(problems)).toEqual(["/dead-link/ dead-fragment", "/dead-link/ dead-link"]);
  });

  it("fails root-relative addresses that miss the path prefix the site is hosted under", () => {
    const problems = checkLinks(site, { pathPrefix: "/some/prefix/" });
    expect(reportOf(problems)).toMatch(lineFor("/chart/", "outside-path-prefix"));
    expect(reportOf(problems)).toContain(`<link href="/assets/site.css"> points outside the path prefix /some/prefix/`);
    // Every page links the stylesheet from the root, so every page is reported, not just the first.
    expect(pageRules(problems)).toEqual(site.pages.map((page) => `${page.url} outside-path-prefix`).sort());
  });
});

describe("the security check", () => {
  it("fails inline scripts, inline event handlers, script and data links, style attributes, third-party resources and a missing CSP", () => {
    const problems = checkSecurity(site);
    expect(pageRules(problems)).toEqual([
      // The fixture's own README is a file of a type no check reads; a published one would be reported the same way.
      "/README.md unchecked-file-type",
      "/inline-script/ inline-event-handler",
      "/inline-script/ inline-script",
      "/no-csp/ csp-missing",
      "/third-party/ third-party-resource",
      "/unsafe-links/ data-url",
      "/unsafe-links/ javascript-url",
      "/unsafe-links/ style-attribute",
    ]);
    expect(reportOf(problems)).toContain(`/inline-script/  inline-script: line 14: <script> runs inline code "document.title = "changed";"; only JSON data islands may be inline`);
  });

  it("fails a policy that allows inline code, eval or another host, and one placed after what it governs", () => {
    const page = (csp: string, before = "") => ({ url: "/p/", file: "p/index.html", html: `<!doctype html><html><head>${before}<meta http-equiv="Content-Security-Policy" content="${csp}"></head><body></body></html>` });
    const weak = { dir: "", files: new Set<string>(), pages: [page("script-src 'self' 'unsafe-inline' https://cdn.example.com; style-src 'unsafe-eval'", '<link rel="stylesheet" href="/a.css">')] };
    expect(reportOf(checkSecurity(weak))).toBe(
      [
        `/p/  csp-late: line 1: <link rel="stylesheet" href="/a.css"> comes before the Content-Security-Policy meta tag, so the policy does not cover it`,
        `/p/  csp-weak: line 1: the Content-Security-Policy has no default-src (expected default-src 'self')`,
        `/p/  csp-weak: line 1: the Content-Security-Policy allows 'unsafe-inline' in script-src (allowed there: 'self' 'none' 'wasm-unsafe-eval')`,
        `/p/  csp-weak: line 1: the Content-Security-Policy allows https://cdn.example.com in script-src (allowed there: 'self' 'none' 'wasm-unsafe-eval')`,
        `/p/  csp-weak: line 1: the Content-Security-Policy allows 'unsafe-eval' in style-src (allowed there: 'self' 'none')`,
        "5 problems on 1 page.",
      ].join("\n"),
    );
  });
});

describe("the budget check", () => {
  it("fails a 40 KB page, naming the page, the rule and the sizes", () => {
    const problems = checkBudgets(site);
    expect(reportOf(problems)).toMatch(/^\/heavy\/  page-weight: HTML and CSS come to \d+\.\d KB gzipped \(HTML \d+\.\d KB \+ \/assets\/site\.css 0\.\d KB\); the budget is 14\.0 KB$/m);
  });

  it("lets the full report be heavier than the budget", () => {
    const problems = checkBudgets(site, { ...defaultBudgets, heavyPages: ["/heavy/"] });
    expect(rulesOn(problems, "/heavy/")).toEqual([]);
  });

  it("fails JavaScript on a page without a chart, and a chart page without exactly one deferred script", () => {
    const problems = checkBudgets(site);
    expect(reportOf(problems)).toContain("/js-only-content/  script-without-chart: the page has no chart but loads JavaScript: /assets/reveal.js");
    // The pages that load a script for their defect load it without a chart: each is reported.
    expect(pageRules(problems)).toEqual([
      "/heavy/ page-weight",
      "/inline-script/ script-without-chart",
      "/js-only-content/ script-without-chart",
      "/script-error/ script-without-chart",
    ]);
    const twoScripts = { ...site, pages: [{ url: "/c/", file: "c/index.html", html: '<canvas></canvas><script src="/a.js" defer></script><script src="/b.js"></script>' }] };
    expect(reportOf(checkBudgets(twoScripts))).toBe(
      [
        "/c/  chart-script-not-deferred: /b.js is not loaded with defer, so it blocks the page from showing",
        "/c/  chart-scripts: the page has 1 chart(s) and loads 2 scripts (expected exactly one deferred bundle): /a.js, /b.js",
        "2 problems on 1 page.",
      ].join("\n"),
    );
  });
});
