import { escapeHtml } from "../preview/escape-html.ts";

export interface AdminPageOptions {
  csp: string;
  /** Given to the page's script in a JSON island. */
  settings: { local: boolean; entryUrl: string };
  siteTitle: string;
  previewOrigin: string;
}

/** JSON inside <script type="application/json">: "<" escaped so no text can close the element. */
const island = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The editor's page, /admin/: our own header (the way back to the preview) and check panel, with
 * Decap CMS between them. Never indexed, never listed: it is served by the preview (or, when the
 * site settings ask, added to the build) outside the site's pages and their sitemap and search.
 */
export function adminPage({ csp, settings, siteTitle, previewOrigin }: AdminPageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Editor: ${escapeHtml(siteTitle)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="admin.css">
<script type="application/json" id="report-editor-settings">${island(settings)}</script>
<script src="admin.js"></script>
<script src="decap-cms.js"></script>
</head>
<body>
<section class="report-checks" aria-labelledby="report-checks-title">
<h2 id="report-checks-title" class="report-checks-title">Checks</h2>
<p id="report-check-status" role="status">Each save is checked as npm run check does.</p>
<ul id="report-check-problems" class="report-check-problems"></ul>
<p class="report-links"><a id="report-check-page" hidden href="${escapeHtml(previewOrigin)}/" target="_blank" rel="noopener">See the entry in the preview</a> <a href="${escapeHtml(previewOrigin)}/" target="_blank" rel="noopener">Open the preview</a></p>
</section>
</body>
</html>
`;
}
