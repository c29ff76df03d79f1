import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkBudgets, defaultBudgets } from "../../src/site-checks/check-budgets.ts";
import { checkHtml } from "../../src/site-checks/check-html.ts";
import { checkLinks } from "../../src/site-checks/check-links.ts";
import { checkPublishedFiles } from "../../src/site-checks/check-published-files.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { formatSiteProblems, type SiteProblem } from "../../src/site-checks/site-problem.ts";
import { reportOf } from "../support/problem-index.ts";

// The details the person fixing a built site relies on: which files are read as pages, the line a
// problem is on, how a long tag is quoted, which addresses count as loaded by the page, and how the
// report is ordered and counted. Each test builds a small site of its own.
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
const pageOf = (html: string, url = "/p/"): BuiltSite => ({ dir: "", files: new Set<string>(), pages: [{ url, file: `${url.slice(1)}index.html`, html }] });
const security = (body: string) => reportOf(checkSecurity(pageOf(`<!doctype html>\n<html><head>${CSP}</head>\n<body>\n${body}\n</body></html>`)));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ar-check-details-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
/** A built site folder holding exactly these files. */
const folder = async (name: string, files: Record<string, string>): Promise<string> => {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
};

describe("reading a built site", () => {
  it("reads every .html, .htm and .xhtml file as a page at the address it is served at, except the editor under /admin/", async () => {
    const root = await folder("read", {
      "index.html": "<p>home</p>",
      "sources/index.html": "<p>sources</p>",
      "404.html": "<p>missing</p>",
      "old/page.HTM": "<p>old</p>",
      "doc.xhtml": "<p>x</p>",
      "admin/index.html": "<p>cms</p>",
      "assets/site.css": "body{}",
    });
    const site = await readBuiltSite(root);
    expect(site.pages.map((p) => `${p.url} ${p.file} ${p.html}`)).toEqual([
      "/404.html 404.html <p>missing</p>",
      "/doc.xhtml doc.xhtml <p>x</p>",
      "/ index.html <p>home</p>",
      "/old/page.HTM old/page.HTM <p>old</p>",
      "/sources/ sources/index.html <p>sources</p>",
    ]);
    expect([...site.files]).toEqual(["404.html", "admin/index.html", "assets/site.css", "doc.xhtml", "index.html", "old/page.HTM", "sources/index.html"]);
    expect(site.dir).toBe(root);
  });
});

describe("the report of a site check", () => {
  const problem = (page: string, rule: string, message = "m"): SiteProblem => ({ page, rule, message });

  it("orders problems by page, then rule, and counts problems and pages in words", () => {
    expect(formatSiteProblems([problem("/b/", "z-rule"), problem("/a/", "y-rule"), problem("/b/", "a-rule")])).toBe("/a/  y-rule: m\n/b/  a-rule: m\n/b/  z-rule: m\n3 problems on 2 pages.");
    expect(formatSiteProblems([problem("/a/", "r")])).toBe("/a/  r: m\n1 problem on 1 page.");
    expect(formatSiteProblems([problem("/a/", "r"), problem("/a/", "s")])).toBe("/a/  r: m\n/a/  s: m\n2 problems on 1 page.");
    expect(formatSiteProblems([])).toBe("");
  });

  it("keeps what a page holds on one line, and never lets it start a CI command", () => {
    expect(formatSiteProblems([problem("::error file=x::", "r", "two\nlines")])).toBe("./::error file=x::  r: two\\u000Alines\n1 problem on 1 page.");
  });
});

describe("where a problem is, and how its tag is quoted", () => {
  it("gives the line of each element's start tag, however many lines the page has", () => {
    const lines = ["<p>one</p>", '<a href="javascript:a()">a</a>', "<p>three</p>", "<p>four</p>", '<a href="javascript:b()">b</a>', "", "", '<b style="x">c</b>'];
    expect(security(lines.join("\n"))).toBe([
      '/p/  javascript-url: line 5: <a href="javascript:a()"> is a javascript: address, which runs code when followed',
      '/p/  javascript-url: line 8: <a href="javascript:b()"> is a javascript: address, which runs code when followed',
      '/p/  style-attribute: line 11: <b style="x"> has a style attribute; use a class in _includes/css/',
      "3 problems on 1 page.",
    ].join("\n"));
  });

  it("shortens a long attribute to 57 characters and an ellipsis, and writes an empty one by its name", () => {
    const long = `javascript:${"x".repeat(60)}`;
    expect(security(`<a href="${long}">x</a>`)).toBe(`/p/  javascript-url: line 4: <a href="${long.slice(0, 57)}..."> is a javascript: address, which runs code when followed\n1 problem on 1 page.`);
    const sixty = `javascript:${"y".repeat(49)}`;
    expect(security(`<a href="${sixty}">x</a>`)).toContain(`<a href="${sixty}"> is a javascript: address`);
    expect(security('<script defer src="" >a()</script>')).toBe("");
    expect(security("<script async>a()</script>")).toBe('/p/  inline-script: line 4: <script async> runs inline code "a()"; only JSON data islands may be inline\n1 problem on 1 page.');
  });

  it("quotes an inline script's first 40 characters, its whitespace collapsed", () => {
    expect(security(`<script>\n  let   a = 1;\n  ${"b".repeat(50)}\n</script>`)).toBe(`/p/  inline-script: line 4: <script> runs inline code "let a = 1; ${"b".repeat(29)}"; only JSON data islands may be inline\n1 problem on 1 page.`);
  });
});

describe("which addresses the page loads itself", () => {
  it("fails icons, media and frames from another host, but not links, forms or a canonical address", () => {
    expect(security([
      '<link rel="icon" href="https://cdn.example.com/i.png">',
      '<link rel="alternate canonical" href="https://example.org/feed">',
      '<video poster="https://cdn.example.com/p.png"></video>',
      '<iframe src="//cdn.example.com/f"></iframe>',
      '<form action="https://example.org/send"></form>',
      '<area href="https://example.org/">',
      '<svg><use href="https://cdn.example.com/s.svg#i"></use></svg>',
      '<object data="https://cdn.example.com/o"></object>',
    ].join("\n"))).toBe([
      '/p/  third-party-resource: line 4: <link href="https://cdn.example.com/i.png"> loads from another host; self-host it under /assets/',
      '/p/  third-party-resource: line 6: <video poster="https://cdn.example.com/p.png"> loads from another host; self-host it under /assets/',
      '/p/  third-party-resource: line 7: <iframe src="//cdn.example.com/f"> loads from another host; self-host it under /assets/',
      '/p/  third-party-resource: line 10: <use href="https://cdn.example.com/s.svg#i"> loads from another host; self-host it under /assets/',
      '/p/  third-party-resource: line 11: <object data="https://cdn.example.com/o"> loads from another host; self-host it under /assets/',
      "5 problems on 1 page.",
    ].join("\n"));
  });

  it("reads every candidate of a srcset, and a form that posts to a script address", () => {
    expect(security('<img alt="" srcset="/a.png 1x, https://cdn.example.com/b.png 2x, , ">\n<form action="javascript:go()"></form>')).toBe([
      '/p/  javascript-url: line 5: <form action="javascript:go()"> is a javascript: address, which runs code when followed',
      '/p/  third-party-resource: line 4: <img srcset="/a.png 1x, https://cdn.example.com/b.png 2x, , "> loads from another host; self-host it under /assets/',
      "2 problems on 1 page.",
    ].join("\n"));
  });

  it("finds the policy only in a meta tag named for it, in any case, and fails a style element before it", () => {
    const page = (head: string) => reportOf(checkSecurity(pageOf(`<html><head>${head}</head><body></body></html>`)));
    expect(page(`<style>p{}</style><meta http-equiv="CONTENT-SECURITY-POLICY" content="default-src 'self'">`)).toBe([
      "/p/  csp-late: line 1: <style> comes before the Content-Security-Policy meta tag, so the policy does not cover it",
      "/p/  style-element: line 1: <style> element in the page; put the rules in _includes/css/",
      "2 problems on 1 page.",
    ].join("\n"));
    expect(page(`<meta name="content-security-policy" content="default-src 'self'">`)).toContain("csp-missing");
    expect(page(`<meta http-equiv="Content-Security-Policy">`)).toBe("/p/  csp-weak: line 1: the Content-Security-Policy has no default-src (expected default-src 'self')\n1 problem on 1 page.");
  });
});

describe("the link check's finer points", () => {
  const site = (html: string, url = "/a/b/"): BuiltSite => ({
    dir: "",
    files: new Set(["index.html", "a/b/index.html", "a/c.html", "docs/plan.pdf", "x/index.html"]),
    pages: [
      { url, file: `${url.slice(1)}index.html`, html: `<!doctype html>\n${html}` },
      { url: "/a/c.html", file: "a/c.html", html: '<p id="here">c</p>' },
    ],
  });

  it("resolves relative addresses from the page's own folder, under the path prefix", () => {
    expect(reportOf(checkLinks(site('<a href="../c.html#here">c</a> <a href="../../x">x</a> <a href="../../docs/plan.pdf#page=2">pdf</a>'), { pathPrefix: "/pre/" }))).toBe("");
    expect(reportOf(checkLinks(site('<a href="../c.html#gone">c</a>'), { pathPrefix: "/pre/" }))).toBe(
      '/a/b/  dead-fragment: line 2: <a href="../c.html#gone"> points to #gone, but /a/c.html has no element with id="gone"\n1 problem on 1 page.',
    );
    expect(reportOf(checkLinks(site('<a href="../../y/">y</a>'), { pathPrefix: "/pre/" }))).toBe(
      '/a/b/  dead-link: line 2: <a href="../../y/"> points to /pre/y/, but the built site has no such page or file\n1 problem on 1 page.',
    );
  });

  it("reads a fragment written with escapes, and an id on any element", () => {
    const html = '<h2 id="what it cost">Money</h2><a href="#what%20it%20cost">here</a><a href="#nowhere">no</a>';
    expect(reportOf(checkLinks(site(html)))).toBe('/a/b/  dead-fragment: line 2: <a href="#nowhere"> points to #nowhere, but /a/b/ has no element with id="nowhere"\n1 problem on 1 page.');
  });

  it("does not take a name on anything but a link for an anchor", () => {
    expect(reportOf(checkLinks(site('<input name="q"><a href="#q">q</a>')))).toBe('/a/b/  dead-fragment: line 2: <a href="#q"> points to #q, but /a/b/ has no element with id="q"\n1 problem on 1 page.');
  });
});

describe("the budget check's finer points", () => {
  it("weighs a stylesheet linked relative to the page, counts a missing one as nothing, and ignores other links", async () => {
    const root = await folder("budget", { "assets/big.css": Array.from({ length: 3000 }, (_, i) => `.c${i} { margin: ${i}px }`).join("\n") });
    const site = (html: string): BuiltSite => ({ dir: root, files: new Set(["assets/big.css"]), pages: [{ url: "/a/b/", file: "a/b/index.html", html }] });
    const budgets = { ...defaultBudgets, maxGzipBytes: 2048 };
    expect(reportOf(checkBudgets(site('<link rel="stylesheet" href="../../assets/big.css">'), budgets))).toMatch(
      /^\/a\/b\/ {2}page-weight: HTML and CSS come to \d+\.\d KB gzipped \(HTML 0\.\d KB \+ \.\.\/\.\.\/assets\/big\.css \d+\.\d KB\); the budget is 2\.0 KB\n1 problem on 1 page\.$/,
    );
    expect(reportOf(checkBudgets(site('<link rel="preload" href="../../assets/big.css"><link rel="stylesheet" href="/assets/none.css">'), budgets))).toBe("");
    // Under a path prefix the same stylesheet, linked from the root, is found below the prefix.
    const prefixed = { ...budgets, pathPrefix: "/pre/" };
    expect(reportOf(checkBudgets(site('<link rel="stylesheet" href="/pre/assets/big.css">'), prefixed))).toContain("page-weight");
  });

  it("lets a page without a chart load only scripts under the allowed addresses, with or without the path prefix", () => {
    const run = (html: string, pathPrefix?: string) => reportOf(checkBudgets(pageOf(html), { ...defaultBudgets, ...(pathPrefix ? { pathPrefix } : {}) }));
    expect(run('<script src="/pre/assets/search.js"></script>', "/pre/")).toBe("");
    expect(run('<script src="/pre/assets/other.js"></script>', "/pre/")).toBe("/p/  script-without-chart: the page has no chart but loads JavaScript: /pre/assets/other.js\n1 problem on 1 page.");
    expect(run('<script src="/other/pagefind/x.js"></script>')).toContain("script-without-chart");
  });

  it("counts a module script marked async as not deferred", () => {
    expect(reportOf(checkBudgets(pageOf('<canvas></canvas><script type="module" async src="/c.js"></script>')))).toBe(
      "/p/  chart-script-not-deferred: /c.js is not loaded with defer, so it blocks the page from showing\n1 problem on 1 page.",
    );
    expect(reportOf(checkBudgets(pageOf('<canvas></canvas><script type="MODULE" src="/c.js"></script>')))).toBe("");
    // Inline code cannot be deferred: a chart page's one script must be a file.
    expect(reportOf(checkBudgets(pageOf('<canvas></canvas><script defer>draw()</script>')))).toBe(
      "/p/  chart-script-not-deferred: <script defer> is written inside the page, so it runs before the page shows (defer works only for a script loaded from a file with src); load the chart code from its bundle\n1 problem on 1 page.",
    );
  });
});

describe("the HTML check's report", () => {
  it("reports errors with their line, column and element, and leaves warnings out", async () => {
    const site = pageOf('<!doctype html>\n<html lang="en"><head><title>t</title></head><body>\n<p><img src="/a.png"><button>Go</button></p>\n</body></html>');
    const problems = await checkHtml(site, { extends: [], rules: { "wcag/h37": "error", "no-implicit-button-type": "warn" } });
    expect(reportOf(problems)).toBe("/p/  html-validate/wcag/h37: line 3:5: <img> is missing required \"alt\" attribute (html > body > p > img)\n1 problem on 1 page.");
  });

  it("reports an error that belongs to no element without naming one", async () => {
    const problems = await checkHtml(pageOf('<html lang="en"><head><title>t</title></head><body><p>x</p></body></html>'), { extends: [], rules: { "missing-doctype": "error" } });
    expect(reportOf(problems)).toBe("/p/  html-validate/missing-doctype: line 1:1: Document is missing doctype\n1 problem on 1 page.");
  });
});

describe("the check of other published files", () => {
  it("leaves Pagefind's index, binary files and scripts' control characters alone, but not a CSV's", async () => {
    const root = await folder("published", {
      "pagefind/fragment/en_1.pf_fragment": "\u0001binary",
      "pagefind/pagefind.js": "const re = /\u0001/;",
      "assets/logo.png": "\u0001png",
      "assets/app.mjs": "// \u0007",
      "downloads/funding.csv": "amount\n\u001b12",
      "site.webmanifest": "{ not json",
      "robots.txt": "User-agent: *",
      "feed.atom": "<feed><entry/></feed>",
    });
    expect(reportOf(checkPublishedFiles(await readBuiltSite(root)))).toBe([
      "/downloads/funding.csv  control-character: line 2: the file holds the control character U+001B, which no reader can see and XML forbids",
      "/site.webmanifest  bad-json: the file is not valid JSON, so whatever reads it fails",
      "2 problems on 2 pages.",
    ].join("\n"));
  });

  it("reads namespaced and mixed-case elements and attributes in SVG, and allows links to other hosts", async () => {
    const root = await folder("svg", {
      "a.svg": [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
        '<svg:script>x()</svg:script><foreignObject></foreignObject>',
        '<a xlink:href="https://example.org/">fine</a><use xlink:href="data:image/svg+xml,x"/>',
        '<image SRC="//cdn.example.com/i.png" ONCLICK="y()"/>',
        "</svg>",
      ].join("\n"),
    });
    expect(reportOf(checkPublishedFiles(await readBuiltSite(root)))).toBe([
      "/a.svg  active-content: line 2: <svg:script> in a .svg file runs code or embeds a document when the file is opened",
      "/a.svg  active-content: line 2: <foreignObject> in a .svg file runs code or embeds a document when the file is opened",
      '/a.svg  inline-event-handler: line 4: <image onclick="y()"> has an event handler, which runs code when the file is opened',
      '/a.svg  third-party-resource: line 4: <image src="//cdn.example.com/i.png"> loads from another host',
      '/a.svg  unsafe-url: line 3: <use xlink:href="data:image/svg+xml,x"> is a data: address',
      "5 problems on 1 page.",
    ].join("\n"));
  });
});
