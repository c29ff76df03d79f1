export interface JsonLdPage {
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  title: string;
  description: string;
  siteTitle: string;
  language: string;
  organisation: string;
  /** Who publishes the site; left out of the description when the record does not say. */
  publisher?: string | undefined;
}

/**
 * The schema.org description of a page, as text safe to place inside
 * `<script type="application/ld+json">`: `<` is escaped so no value can close the script element.
 * @example pageJsonLd({ url: "https://example.org/people/", … }) // '{"@context":"https://schema.org",…}'
 */
export function pageJsonLd(page: JsonLdPage): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "url": page.url,
    "name": page.title,
    "description": page.description,
    "inLanguage": page.language,
    "isPartOf": { "@type": "WebSite", "name": page.siteTitle, "url": page.siteUrl },
    "about": { "@type": "GovernmentOrganization", "name": page.organisation },
    ...(page.publisher ? { "publisher": { "@type": "Organization", "name": page.publisher } } : {}),
  };
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
