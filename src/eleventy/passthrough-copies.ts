/**
 * Files copied into the site as they are, from the project: the search page's code, the icon, and
 * the editors' schemas (published where any editor can fetch them; data files name them in
 * "$schema"). The site plugin hands them to Eleventy; the production build, which writes its own
 * pages (src/cli/page-writer.ts), copies them itself (safe-build.ts).
 */
export const passthroughCopies: Readonly<Record<string, string>> = {
  "src/client/search.js": "assets/search.js",
  "_includes/assets/favicon.svg": "assets/favicon.svg",
  schemas: "schemas",
};
