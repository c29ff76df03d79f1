/** Where a build with no public address points its absolute links: the preview server, never an invented host. */
export const PREVIEW_ADDRESS = "http://localhost:8080/";

/**
 * The site's public address: the deploy's (AR_SITE_URL, which GitHub Pages gives the workflow)
 * over the record's `url`, always ending in "/"; undefined when neither says.
 * @example siteAddress(undefined, "https://someone.github.io/report") // "https://someone.github.io/report/"
 */
export function siteAddress(recordUrl: string | undefined, deployUrl: string | undefined): string | undefined {
  const url = deployUrl?.trim() || recordUrl;
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}
