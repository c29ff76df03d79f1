/** A root-relative path of plain characters: appended to the site's root as it is. */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~/]*$/;

type HtmlBaseUrl = (url: string, base?: string) => string;

/**
 * Eleventy's `htmlBaseUrl` with the work done once per site address: it parses two URLs on every
 * call, which the layout makes twice per page (4.7 s of a 10,000-entry build, docs/performance.md).
 * For a plain root-relative path the answer is the site's root (as `htmlBaseUrl` gives it, path
 * prefix included) followed by the path; anything else goes to `htmlBaseUrl` itself. One per
 * build: the root depends on the build's path prefix.
 * @example absoluteUrl()("/timeline/x/", "https://example.org", htmlBaseUrl) // "https://example.org/timeline/x/"
 */
export function absoluteUrl(): (url: string, base: string | undefined, htmlBaseUrl: HtmlBaseUrl) => string {
  const roots = new Map<string | undefined, string>();
  return (url, base, htmlBaseUrl) => {
    if (typeof url !== "string" || !PLAIN_PATH.test(url)) return htmlBaseUrl(url, base);
    let root = roots.get(base);
    if (root === undefined) roots.set(base, (root = htmlBaseUrl("/", base)));
    return root.endsWith("/") ? root + url.slice(1) : htmlBaseUrl(url, base);
  };
}
