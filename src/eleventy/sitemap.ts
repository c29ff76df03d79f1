/**
 * Whether an Eleventy output URL is a page for the sitemap: HTML pages only (they end in "/"),
 * not feeds, stylesheets or the 404 page.
 * @example isSitemapUrl("/people/") // true
 */
export const isSitemapUrl = (url: string | false): url is string => typeof url === "string" && url.endsWith("/");
