import { formatProblems, sortProblems } from "../problems/format-problems.ts";
import type { Problem } from "../problems/problem.ts";
import { escapeHtml } from "./escape-html.ts";
import { GUIDE_ADDRESS } from "./guide-page.ts";

/** Turns "CONTENT.md#front-matter" in escaped text into a link that opens the guide at that section. */
const linkGuide = (html: string) => html.replace(/CONTENT\.md(#[a-z0-9-]+)?/, (text, hash = "") => `<a href="${GUIDE_ADDRESS}${hash}">${text}</a>`);

/**
 * The page the preview server shows at every address while the content has problems: the same
 * lines `npm run check` prints, one per problem, escaped (they quote what the editor typed).
 * It has no Content-Security-Policy meta tag on purpose: the dev server sends a stricter header
 * that allows only its own live-reload script, which is what brings the site back once fixed.
 */
export function problemsPage(problems: readonly Problem[]): string {
  const items = sortProblems(problems)
    .map((p) => {
      const where = `<span class="ar-problems__where">${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</span>  `;
      const what = p.field ? `<strong>${escapeHtml(p.field)}</strong>: ${escapeHtml(p.message)}` : escapeHtml(p.message);
      return `    <li class="ar-problems__item">${where}${what}</li>`;
    })
    .join("\n");
  const summary = formatProblems(problems).split("\n").at(-1)!;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Preview stopped: ${escapeHtml(summary.replace(/\..*$/, ""))}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<main id="main" class="ar-width ar-main ar-problems">
  <h1>The preview is waiting for the content to be fixed</h1>
  <p>The record has problems, so this preview shows them at every address instead of the site. Open each file at the line
  and column given, correct it and save: this page reloads by itself, and the site comes back when every problem is fixed.
  The published site is not affected. The same list is in the terminal, and <code>npm run check</code> prints it too.</p>
  <ol class="ar-problems__list">
${items}
  </ol>
  <p>${linkGuide(escapeHtml(summary))}</p>
</main>
</body>
</html>
`;
}
