import { describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { reportOf } from "../support/problem-index.ts";

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">`;
/** A one-page site whose <head> holds a strict policy and whose <body> is `body`, one element a line. */
const siteWith = (body: string, head = CSP): BuiltSite => ({
  dir: "",
  files: new Set<string>(),
  pages: [{ url: "/p/", file: "p/index.html", html: `<!doctype html>\n<html><head>${head}</head>\n<body>\n${body}\n</body></html>` }],
});
const report = (body: string, head?: string) => reportOf(checkSecurity(siteWith(body, head)));

describe("the security check, one rule at a time", () => {
  it("passes a page with a strict policy and nothing inline", () => {
    expect(report('<a href="/about/">About</a>\n<img src="data:image/png;base64,AAAA" alt="">\n<script src="/assets/a.js" defer></script>')).toBe("");
  });

  it("fails a <style> element", () => {
    expect(report("<style>body { color: red }</style>")).toBe("/p/  style-element: line 4: <style> element in the page; put the rules in _includes/css/\n1 problem on 1 page.");
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)"> is a javascript: address, which runs code when followed'],
    ['<a href="java\tscript:alert(1)">x</a>', '<a href="java\\u0009script:alert(1)"> is a javascript: address, which runs code when followed'],
    ['<a href=" JavaScript:alert(1)">x</a>', '<a href=" JavaScript:alert(1)"> is a javascript: address, which runs code when followed'],
    ['<a href="vbscript:msgbox">x</a>', '<a href="vbscript:msgbox"> is a vbscript: address, which runs code when followed'],
    ['<map name="m"><area href="javascript:alert(1)" alt="x"></map>', '<area href="javascript:alert(1)"> is a javascript: address, which runs code when followed'],
  ])("fails a link that runs code: %s", (body, message) => {
    expect(report(body)).toBe(`/p/  javascript-url: line 4: ${message}\n1 problem on 1 page.`);
  });

  it("fails a data: address anywhere but an image", () => {
    expect(report('<a href="data:text/html,hi">x</a>')).toBe(
      '/p/  data-url: line 4: <a href="data:text/html,hi"> is a data: address, which can carry a whole page or script\n1 problem on 1 page.',
    );
    expect(report('<picture><source srcset="data:image/png;base64,AAAA 2x"></picture>')).toBe("");
  });

  it("fails an inline event handler however it is capitalised", () => {
    // HTML attribute names are case-insensitive; the message shows the name as the parser reads it.
    expect(report('<button ONCLICK="go()">Go</button>')).toBe(
      '/p/  inline-event-handler: line 4: <button onclick="go()"> has an inline event handler; handle events in /assets/ scripts\n1 problem on 1 page.',
    );
  });

  it("lets JSON data islands be inline, but only when they hold valid JSON", () => {
    expect(report('<script type="application/json">{"a": 1}</script>\n<script type=" Application/LD+JSON ">{}</script>')).toBe("");
    expect(report('<script type="application/json">{"a": </script>')).toBe(
      '/p/  bad-json-island: line 4: <script type="application/json"> does not hold valid JSON, so it may have ended early or hold markup\n1 problem on 1 page.',
    );
    expect(report('<script type="module">go()</script>')).toBe(
      '/p/  inline-script: line 4: <script type="module"> runs inline code "go()"; only JSON data islands may be inline\n1 problem on 1 page.',
    );
  });

  it("fails what the page loads from another host, but not a link to one", () => {
    expect(report('<img src="//cdn.example.com/a.png" alt="">\n<link rel="Stylesheet" href="https://cdn.example.com/a.css">\n<a href="https://example.com/">elsewhere</a>\n<link rel="canonical" href="https://example.org/p/">')).toBe(
      [
        '/p/  third-party-resource: line 4: <img src="//cdn.example.com/a.png"> loads from another host; self-host it under /assets/',
        '/p/  third-party-resource: line 5: <link href="https://cdn.example.com/a.css"> loads from another host; self-host it under /assets/',
        "2 problems on 1 page.",
      ].join("\n"),
    );
  });

  it("fails a load over plain http too, and takes an address of this site that carries another in its query as this site's", () => {
    expect(report('<img src="http://cdn.example.com/a.png" alt="">\n<img src="/go?to=https://x.example/a.png" alt="">')).toBe(
      '/p/  third-party-resource: line 4: <img src="http://cdn.example.com/a.png"> loads from another host; self-host it under /assets/\n1 problem on 1 page.',
    );
  });

  it("takes only a <meta> as the page's policy", () => {
    expect(report("<p>x</p>", `<p http-equiv="Content-Security-Policy" content="default-src 'self'"></p>`)).toMatch(/csp-missing/);
  });

  it("accepts the sources the site needs and nothing more, reading directive names in any case", () => {
    const policy = (content: string) => `<meta http-equiv="content-security-policy" content="${content}">`;
    expect(report("", policy("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; img-src data:; font-src data:; worker-src blob:; sandbox allow-scripts"))).toBe("");
    expect(report("", policy("DEFAULT-SRC 'self'; Script-Src *"))).toBe(
      "/p/  csp-weak: line 2: the Content-Security-Policy allows * in script-src (allowed there: 'self' 'none' 'wasm-unsafe-eval')\n1 problem on 1 page.",
    );
    expect(report("", policy("default-src 'self'; default-src *; base-uri https:; form-action data:"))).toBe(
      [
        "/p/  csp-weak: line 2: the Content-Security-Policy allows https: in base-uri (allowed there: 'self' 'none')",
        "/p/  csp-weak: line 2: the Content-Security-Policy allows data: in form-action (allowed there: 'self' 'none')",
        "2 problems on 1 page.",
      ].join("\n"),
    );
  });

  it("reads sources however many spaces or tabs part them", () => {
    expect(report("", `<meta http-equiv="Content-Security-Policy" content="default-src  'self';\tscript-src\t'self'   'wasm-unsafe-eval'">`)).toBe("");
  });

  it("does not take a link within this site whose query mentions javascript: for code", () => {
    expect(report('<a href="/search/?q=javascript:alert(1)">search</a>')).toBe("");
  });

  it("fails a script placed before the policy", () => {
    expect(report("", `<script src="/a.js"></script>${CSP}`)).toBe(
      '/p/  csp-late: line 2: <script src="/a.js"> comes before the Content-Security-Policy meta tag, so the policy does not cover it\n1 problem on 1 page.',
    );
  });
});
