const PRINT = /\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?:\|\s*safe\s*)?\}\}/g;
const TEMPLATE_SYNTAX = /\{[{%#]|[}%#]\}/;

/**
 * Turns a page-table template that only prints values, such as `{{ entry.url }}` or
 * `/people/{{ person.id }}/`, into a function of the page's data; anything else (filters other
 * than `safe`, tags, static text) gives undefined and stays with Nunjucks.
 * Eleventy 3.1 compiles a Nunjucks string afresh for every paginated page (a permalink three
 * times), which cost more than rendering the pages at 10,000 entries (docs/performance.md).
 * Values come back unescaped, as data should be: the layout escapes them when it prints them, so
 * a title is escaped once, with or without `| safe`.
 * @example simpleTemplate("{{ entry.url }}")?.({ entry: { url: "/timeline/x/" } }) // "/timeline/x/"
 */
export function simpleTemplate(template: string): ((data: Record<string, unknown>) => string) | undefined {
  const parts: (string | string[])[] = [];
  let last = 0;
  for (const match of template.matchAll(PRINT)) {
    parts.push(template.slice(last, match.index), match[1]!.split("."));
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  const literals = parts.filter((p): p is string => typeof p === "string");
  if (parts.length === 1 || literals.some((text) => TEMPLATE_SYNTAX.test(text))) return undefined;
  return (data) => parts.map((part) => (typeof part === "string" ? part : read(data, part))).join("");
}

function read(data: Record<string, unknown>, path: readonly string[]): string {
  let value: unknown = data;
  for (const key of path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
  // Nunjucks prints nothing for a missing value.
  return value === null || value === undefined ? "" : String(value);
}
