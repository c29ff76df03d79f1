import { describe, expect, it } from "vitest";
import { pageJsonLd } from "../../src/html/json-ld.ts";

const page = {
  url: "https://example.org/people/",
  siteUrl: "https://example.org/",
  title: "People",
  description: "Who did what",
  siteTitle: "Example record",
  language: "en-GB",
  organisation: "Example Council",
  publisher: "Example publisher",
};

describe("pageJsonLd", () => {
  it("describes the page as a schema.org WebPage of the site, about the organisation", () => {
    expect(JSON.parse(pageJsonLd(page))).toEqual({
      "@context": "https://schema.org",
      "@type": "WebPage",
      "url": "https://example.org/people/",
      "name": "People",
      "description": "Who did what",
      "inLanguage": "en-GB",
      "isPartOf": { "@type": "WebSite", "name": "Example record", "url": "https://example.org/" },
      "about": { "@type": "GovernmentOrganization", "name": "Example Council" },
      "publisher": { "@type": "Organization", "name": "Example publisher" },
    });
  });

  it("cannot close its script element, whatever the data says", () => {
    const text = pageJsonLd({ ...page, title: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>");
  });
});
