import { describe, expect, it } from "vitest";
import { schemeOf } from "../../src/site-checks/page-urls.ts";

// The scheme decides whether the security checks treat an address as code (javascript:), a
// document (data:), another host (http:) or this site: reading it wrongly either lets code
// through or flags residents' ordinary links.
describe("the scheme of an address, as a browser reads it", () => {
  it.each([
    ["javascript:alert(1)", "javascript"],
    [" JavaScript:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["\u0001vbscript:x", "vbscript"],
    ["HTTPS://example.com/", "https"],
    ["web+report:x", "web+report"],
    ["mailto:press@example.org", "mailto"],
  ])("reads %j as %j", (address, scheme) => {
    expect(schemeOf(address)).toBe(scheme);
  });

  it.each([
    "/go?to=https://cdn.example/a.png",
    "/search/?q=javascript:alert(1)",
    "#note:1",
    "//cdn.example.com/a.png",
    "2014:report",
    "",
  ])("reads %j as an address with no scheme", (address) => {
    expect(schemeOf(address)).toBe("");
  });
});
