import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkBudgets, defaultBudgets } from "../../src/site-checks/check-budgets.ts";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";
import { reportOf } from "../support/problem-index.ts";

// A site folder holding one stylesheet, so the budget check can weigh it.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ar-budgets-"));
  await mkdir(path.join(dir, "assets"));
  await writeFile(path.join(dir, "assets", "site.css"), "body { margin: 0 }\n".repeat(10));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const siteOf = (html: string, url = "/p/"): BuiltSite => ({ dir, files: new Set(["assets/site.css"]), pages: [{ url, file: `${url.slice(1)}index.html`, html }] });
const budgetReport = (html: string, budgets = defaultBudgets) => reportOf(checkBudgets(siteOf(html), budgets));

describe("the budget check, one rule at a time", () => {
  it("lets a light page load the search scripts and no other", () => {
    expect(budgetReport('<script src="/pagefind/pagefind-ui.js"></script><script src="/assets/search.js"></script>')).toBe("");
    expect(budgetReport('<script src="/some/prefix/pagefind/pagefind-ui.js"></script>', { ...defaultBudgets, pathPrefix: "/some/prefix/" })).toBe("");
    expect(budgetReport('<script src="/assets/extra.js"></script><script>inline()</script><script type="application/json">{}</script>')).toBe(
      "/p/  script-without-chart: the page has no chart but loads JavaScript: /assets/extra.js, <script>\n1 problem on 1 page.",
    );
  });

  it("wants one deferred script on a chart page, a module script counting as deferred", () => {
    expect(budgetReport('<canvas></canvas><script type="module" src="/c.js"></script>')).toBe("");
    expect(budgetReport('<div data-ar-chart></div><script src="/c.js" defer></script>')).toBe("");
    expect(budgetReport('<canvas></canvas><script src="/c.js" defer async></script>')).toBe(
      "/p/  chart-script-not-deferred: /c.js is not loaded with defer, so it blocks the page from showing\n1 problem on 1 page.",
    );
    expect(budgetReport("<canvas></canvas><canvas></canvas>")).toBe(
      "/p/  chart-scripts: the page has 2 chart(s) and loads 0 scripts (expected exactly one deferred bundle)\n1 problem on 1 page.",
    );
  });

  it("lets the pages that hold the whole record (the full report, the sources) weigh more, and no other", () => {
    // Figures that do not repeat, so they weigh as much gzipped as a real page's text does.
    const heavy = `<p>${Array.from({ length: 300 }, (_, i) => (i * 7919) % 10007).join(" ")}</p>`;
    const tight = { ...defaultBudgets, maxGzipBytes: 100 };
    expect(reportOf(checkBudgets(siteOf(heavy, "/report/"), tight))).toBe("");
    expect(reportOf(checkBudgets(siteOf(heavy, "/sources/"), tight))).toBe("");
    expect(reportOf(checkBudgets(siteOf(heavy, "/people/"), tight))).toMatch(/^\/people\/ {2}page-weight: /);
  });

  it("allows a page exactly at the budget", () => {
    const html = "<p>Exactly this heavy.</p>";
    const bytes = gzipSync(html).length;
    expect(budgetReport(html, { ...defaultBudgets, maxGzipBytes: bytes })).toBe("");
    expect(budgetReport(html, { ...defaultBudgets, maxGzipBytes: bytes - 1 })).toMatch(/page-weight/);
  });

  it("weighs the stylesheets a page links, whatever else their rel says, and nothing else that names one", () => {
    const heavy = { ...defaultBudgets, maxGzipBytes: 60 };
    expect(budgetReport('<link rel="stylesheet preload" href="/assets/site.css">', heavy)).toMatch(/\+ \/assets\/site\.css 0\.0 KB\)/);
    expect(budgetReport('<a rel="stylesheet" href="/assets/site.css">the styles</a>', heavy)).toMatch(/\(HTML [\d.]+ KB\); the budget/);
  });

  it("takes the search scripts below a path prefix only from inside it", () => {
    const prefixed = { ...defaultBudgets, pathPrefix: "/some/prefix/" };
    expect(budgetReport('<script src="/pagefind/pagefind.js"></script>', prefixed)).toBe(
      "/p/  script-without-chart: the page has no chart but loads JavaScript: /pagefind/pagefind.js\n1 problem on 1 page.",
    );
  });

  it("takes a script of data, however its type is written, as no JavaScript", () => {
    expect(budgetReport('<script type=" Application/JSON ">{}</script><script type="application/ld+json">{}</script>')).toBe("");
  });

  it("weighs the page's HTML and its stylesheets together against the budget", () => {
    const html = '<link rel="preload stylesheet" href="/assets/site.css"><p>Short.</p>';
    expect(budgetReport(html)).toBe("");
    expect(budgetReport(html, { ...defaultBudgets, maxGzipBytes: 60 })).toMatch(
      /^\/p\/ {2}page-weight: HTML and CSS come to 0\.1 KB gzipped \(HTML 0\.1 KB \+ \/assets\/site\.css 0\.0 KB\); the budget is 0\.1 KB\n1 problem on 1 page\.$/,
    );
  });
});

describe("the escaping check", () => {
  it.each([
    ["<p>children&amp;#39;s services</p>", 'the text of <p> shows "&#39;" to readers'],
    ['<img alt="A &amp;amp; B" src="/a.png">', '<img alt="A &amp; B"> shows "&amp;" to readers'],
    ['<meta content="5 &amp;lt; 6">', '<meta content="5 &lt; 6"> shows "&lt;" to readers'],
    ["<p>&amp;#x27;</p>", 'the text of <p> shows "&#x27;" to readers'],
    ["<p>a&amp;nbsp;b</p>", 'the text of <p> shows "&nbsp;" to readers'],
  ])("fails %s", (html, shows) => {
    expect(reportOf(checkEscaping(siteOf(`<!doctype html>\n${html}`)))).toMatch(new RegExp(`^/p/ {2}escaped-twice: line 2: ${shows.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}, in ".*"; the text was escaped twice\\n1 problem on 1 page\\.$`));
  });

  it("passes text escaped once, and code that only looks like an entity", () => {
    expect(checkEscaping(siteOf('<p>children&#39;s &amp; families</p><script type="application/json">{"a":"&amp;"}</script><style>a::after{content:"&amp;"}</style>'))).toEqual([]);
  });

  it("quotes the words around the entity, so the person fixing it can find them", () => {
    const long = `${"x".repeat(40)}&amp;amp;${"y".repeat(40)}`;
    expect(checkEscaping(siteOf(`<p>${long}</p>`))[0]!.message).toBe(`line 1: the text of <p> shows "&amp;" to readers, in "${"x".repeat(30)}&amp;${"y".repeat(25)}"; the text was escaped twice`);
  });
});
