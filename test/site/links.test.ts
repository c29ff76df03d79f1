import { describe, expect, it } from "vitest";
import { checkLinks } from "../../src/site-checks/check-links.ts";
import { expectNoProblems, prefixedSite, shippedSite } from "../support/site-checks.ts";

describe("the built site's links", () => {
  it("resolves every internal link, image, script, stylesheet and fragment on every page", async () => {
    const site = await shippedSite();
    expect(site.pages.length).toBeGreaterThan(1);
    expectNoProblems(checkLinks(site));
  });

  it("resolves them all below a path prefix too, as on a GitHub Pages project site", async () => {
    const { site, prefix } = await prefixedSite();
    expectNoProblems(checkLinks(site, { pathPrefix: prefix }));
  });
});
