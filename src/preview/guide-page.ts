// Read when asked, synchronously: the dev server's request hook answers at once, and this is one small file.
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { escapeHtml } from "./escape-html.ts";

/** Where the preview serves the editors' guide, so the problems page can link to its sections. */
export const GUIDE_ADDRESS = "/CONTENT.md";

// The guide is the project's own file, not content, but raw HTML stays off all the same.
const md = new MarkdownIt({ html: false });
/** GitHub's heading anchors ("### Front matter" → "front-matter"), so the guide's own links and the messages' work. */
const anchor = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s/g, "-");
md.core.ruler.push("heading_ids", (state) => {
  state.tokens.forEach((token, i) => {
    if (token.type === "heading_open") token.attrSet("id", anchor(state.tokens[i + 1]?.content ?? ""));
  });
});

/**
 * CONTENT.md as a page of the preview, with an id on every heading, so "CONTENT.md#front-matter" in a
 * problem message opens the guide at that section.
 */
export function guidePage(projectRoot: string): string {
  const text = readFileSync(path.join(projectRoot, "CONTENT.md"), "utf8");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml("Writing the record: the editors' guide")}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<main id="main" class="ar-width ar-main">
${md.render(text)}
</main>
</body>
</html>
`;
}
