const PRINT_ONE_VALUE = /^\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}$/;

/**
 * Turns a page-table template that only prints one value, such as `{{ entry.url }}`, into a
 * function of the page's data; anything else gives undefined and stays a Nunjucks string.
 * Eleventy 3.1 compiles a Nunjucks string afresh for every paginated page (a permalink three
 * times), which cost more than rendering the pages at 10,000 entries (docs/performance.md).
 * The value comes back unescaped, as data should be; the layout escapes it when it prints it.
 * @example valueReader("{{ entry.url }}")?.({ entry: { url: "/timeline/x/" } }) // "/timeline/x/"
 */
export function valueReader(template: string): ((data: Record<string, unknown>) => string) | undefined {
  const match = PRINT_ONE_VALUE.exec(template);
  if (!match) return undefined;
  const path = match[1]!.split(".");
  return (data) => {
    let value: unknown = data;
    for (const key of path) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
    // Nunjucks prints nothing for a missing value.
    return value === null || value === undefined ? "" : String(value);
  };
}
