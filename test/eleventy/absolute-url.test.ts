import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/eleventy/absolute-url.ts";

// Eleventy's own htmlBaseUrl, as its HTML base plugin defines it for a path prefix.
const eleventyWith = (pathPrefix: string) => {
  let calls = 0;
  const htmlBaseUrl = (url: string, base?: string) => {
    calls++;
    if (/^[a-z]+:/.test(url)) return url;
    const u = new URL(url, base);
    u.pathname = `${pathPrefix.replace(/\/$/, "")}${u.pathname}`;
    return u.toString();
  };
  return { htmlBaseUrl, calls: () => calls };
};

describe("a page's absolute address", () => {
  it("is what Eleventy's htmlBaseUrl gives, for pages, anchors, odd paths and full addresses, with and without a path prefix", () => {
    for (const prefix of ["/", "/some/prefix/"]) {
      const { htmlBaseUrl } = eleventyWith(prefix);
      const fast = absoluteUrl();
      for (const base of ["https://example.org", "https://example.org/report/", "http://127.0.0.1:8080"]) {
        for (const url of ["/", "/timeline/cabinet-decides/", "/people/", "/changes/#x", "/a b/", "/caf%C3%A9/", "https://elsewhere.example/", "relative/"]) {
          expect(fast(url, base, htmlBaseUrl)).toBe(htmlBaseUrl(url, base));
        }
      }
    }
  });

  it("works out the site's root once per site address, not for every page", () => {
    const eleventy = eleventyWith("/");
    const fast = absoluteUrl();
    for (let i = 0; i < 100; i++) fast(`/timeline/entry-${i}/`, "https://example.org", eleventy.htmlBaseUrl);
    expect(eleventy.calls()).toBe(1);
  });
});
