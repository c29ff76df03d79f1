import { describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { reportOf } from "../support/problem-index.ts";

// Every element and attribute through which a page loads something from another host, and every
// <link rel> that makes the browser fetch: each must be reported by the security check.
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
const report = (body: string) =>
  reportOf(checkSecurity({ dir: "", files: new Set<string>(), pages: [{ url: "/p/", file: "p/index.html", html: `<html><head>${CSP}</head><body>\n${body}\n</body></html>` }] }));
const HOST = "https://cdn.example.com/x";

describe("what a page loads from another host", () => {
  it.each([
    ["script", "src", `<script src="${HOST}"></script>`],
    ["img", "src", `<img alt="" src="${HOST}">`],
    ["img", "srcset", `<img alt="" srcset="${HOST} 2x">`],
    ["source", "src", `<video><source src="${HOST}"></video>`],
    ["source", "srcset", `<picture><source srcset="${HOST} 1x"></picture>`],
    ["video", "src", `<video src="${HOST}"></video>`],
    ["audio", "src", `<audio src="${HOST}"></audio>`],
    ["track", "src", `<video><track src="${HOST}"></video>`],
    ["embed", "src", `<embed src="${HOST}">`],
    ["input", "src", `<input type="image" alt="Go" src="${HOST}">`],
    ["image", "href", `<svg><image href="${HOST}"></image></svg>`],
    ["use", "xlink:href", `<svg><use xlink:href="${HOST}"></use></svg>`],
    ["image", "xlink:href", `<svg><image xlink:href="${HOST}"></image></svg>`],
  ])("fails <%s %s> from another host", (element, attribute, body) => {
    expect(report(body)).toBe(`/p/  third-party-resource: line 2: <${element} ${attribute}="${attribute.endsWith("srcset") ? `${HOST} ${body.includes("2x") ? "2x" : "1x"}` : HOST}"> loads from another host; self-host it under /assets/\n1 problem on 1 page.`);
  });

  it.each(["stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "prefetch", "modulepreload", "preconnect", "dns-prefetch", "prerender"])("fails <link rel=\"%s\"> to another host", (rel) => {
    expect(report(`<link rel="alternate  ${rel.toUpperCase()}" href="${HOST}">`)).toBe(`/p/  third-party-resource: line 2: <link href="${HOST}"> loads from another host; self-host it under /assets/\n1 problem on 1 page.`);
  });

  it("fails a javascript: address written with spaces around it", () => {
    expect(report('<a href="  javascript:go()  ">x</a>')).toBe('/p/  javascript-url: line 2: <a href="  javascript:go()  "> is a javascript: address, which runs code when followed\n1 problem on 1 page.');
    expect(report('<a href="   ">x</a>')).toBe("");
  });
});
