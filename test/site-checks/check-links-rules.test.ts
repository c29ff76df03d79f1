import { describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkLinks, normalisePrefix } from "../../src/site-checks/check-links.ts";
import { reportOf } from "../support/problem-index.ts";

/** A small built site: a home page whose body is `body`, a page with anchors, a report file and an image. */
const siteWith = (body: string): BuiltSite => ({
  dir: "",
  files: new Set(["index.html", "about/index.html", "report.html", "files/plan 2014.pdf", "assets/a.png", "old/index.html"]),
  pages: [
    { url: "/", file: "index.html", html: `<!doctype html>\n<body>\n${body}\n</body>` },
    { url: "/about/", file: "about/index.html", html: '<!doctype html>\n<h2 id="money">Money</h2><a name="old-anchor"></a>' },
  ],
});
const report = (body: string, pathPrefix?: string) => reportOf(checkLinks(siteWith(body), { pathPrefix }));

describe("the link check, one kind of address at a time", () => {
  it.each([
    ['<a href="/about/">', "a page by its folder"],
    ['<a href="/about">', "a page without its last slash"],
    ['<a href="/report">', "a page written as a .html file"],
    ['<a href="about/#money">', "a relative link to an element on another page"],
    ['<a href="/about/#old-anchor">', "an old-style named anchor"],
    ['<a href="/about/#top">', "the top of a page"],
    ['<a href="/files/plan%202014.pdf">', "a file whose name has a space"],
    ['<img src="/assets/a.png" srcset="/assets/a.png 1x, /assets/a.png 2x" alt="">', "an image and its srcset"],
    ['<a href="https://example.com/missing/">', "another site, which is not fetched"],
    ['<a href="mailto:someone@example.org">', "an email address"],
  ])("accepts %s (%s)", (element) => {
    expect(report(element)).toBe("");
  });

  it("fails a missing page, naming the address as written and as resolved", () => {
    expect(report('<a href="../nowhere/">x</a>')).toBe(
      '/  dead-link: line 3: <a href="../nowhere/"> points to /nowhere/, but the built site has no such page or file\n1 problem on 1 page.',
    );
  });

  it("fails each missing image candidate of a srcset", () => {
    expect(report('<img srcset="/assets/a.png 1x, /assets/b.png 2x" alt="">')).toBe(
      '/  dead-link: line 3: <img srcset="/assets/a.png 1x, /assets/b.png 2x"> points to /assets/b.png, but the built site has no such page or file\n1 problem on 1 page.',
    );
  });

  it("fails a fragment the target page does not have", () => {
    expect(report('<a href="/about/#moneys">x</a>')).toBe(
      '/  dead-fragment: line 3: <a href="/about/#moneys"> points to #moneys, but /about/ has no element with id="moneys"\n1 problem on 1 page.',
    );
  });

  it("fails a fragment named like something that is not there at all", () => {
    // A page's elements without an id, and anchors without a name, give no target called "undefined".
    expect(report('<a href="/about/#undefined">x</a>')).toBe(
      '/  dead-fragment: line 3: <a href="/about/#undefined"> points to #undefined, but /about/ has no element with id="undefined"\n1 problem on 1 page.',
    );
  });

  it("fails an address that cannot be read", () => {
    expect(report('<a href="http://[bad">x</a>')).toBe('/  bad-url: line 3: <a href="http://[bad"> is not a valid address\n1 problem on 1 page.');
  });

  it("below a path prefix, accepts addresses inside it and fails one outside", () => {
    expect(report('<a href="/some/prefix/about/">x</a>\n<a href="/some/prefix">home</a>', "/some/prefix/")).toBe("");
    expect(report('<a href="/about/">x</a>', "some/prefix")).toBe(
      '/  outside-path-prefix: line 3: <a href="/about/"> points outside the path prefix /some/prefix/, so it breaks when the site is hosted there (write root-relative URLs like "/sources/" in templates; the build adds the prefix)\n1 problem on 1 page.',
    );
  });

  it.each([
    [undefined, "/"],
    ["repo", "/repo/"],
    ["/repo", "/repo/"],
    ["//a//b//", "/a/b/"],
  ])("writes the path prefix %s as %s", (prefix, normal) => {
    expect(normalisePrefix(prefix)).toBe(normal);
  });
});
