import type { ReportRecord } from "./report-record.ts";

/** Where a build with no public address points its absolute links: the preview server, never an invented host. */
export const PREVIEW_ADDRESS = "http://localhost:8080/";

/**
 * The site's public address: the deploy's (AR_SITE_URL, which GitHub Pages gives the workflow)
 * over the record's `url`, always ending in "/".
 * @example siteAddress("http://localhost:8080/", "https://someone.github.io/report") // "https://someone.github.io/report/"
 */
export function siteAddress(recordUrl: string, deployUrl: string | undefined): string {
  const url = deployUrl?.trim() || recordUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

/** The record with the deploy's address, when it gives one, as its site's `url`. */
export function withSiteAddress(record: ReportRecord, deployUrl: string | undefined): ReportRecord {
  return deployUrl?.trim() ? { ...record, site: { ...record.site, url: siteAddress(record.site.url, deployUrl) } } : record;
}
