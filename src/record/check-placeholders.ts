import { parseTree } from "jsonc-parser";
import { jsonLocator } from "../loaders/json-locator.ts";
import { formatFieldPath, type Problem } from "../problems/problem.ts";
import type { Site } from "../schemas/site.ts";

/** Hosts reserved for examples (RFC 2606) and the word a scaffold leaves to be replaced. */
const PLACEHOLDER = /(^|[.@/\s])example\.(org|com|net)\b|\.(example|invalid|test)(\/|$)|\bTODO\b/i;

/**
 * What a production build must not publish: a site setting that still holds an example address or
 * a TODO, or no public address at all. Each problem is located in data/site.json.
 * @example checkPlaceholders(site, siteText, undefined) // [{ file: "data/site.json", field: "url", … }]
 */
export function checkPlaceholders(site: Site, siteText: string, deployUrl: string | undefined, file = "data/site.json"): Problem[] {
  const tree = parseTree(siteText);
  const locate = tree ? jsonLocator(tree, siteText) : () => ({ line: 1, column: 1 });
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      if (path[0] !== "$schema" && PLACEHOLDER.test(value)) {
        problems.push({ file, ...locate(path), field: formatFieldPath(path), message: `"${value}" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)` });
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(site, []);
  // The schema fills in the preview's address when the file has none, so ask the file itself.
  const written = tree?.type === "object" && tree.children?.some((p) => p.children?.[0]?.value === "url");
  if (!deployUrl?.trim() && !written) {
    problems.push({ file, ...locate([]), field: "url", message: "a production build needs the site's public address (expected url in data/site.json, or AR_SITE_URL from the deploy)" });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
