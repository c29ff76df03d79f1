/**
 * Moves the headings of rendered Markdown down by `levels` (never below h6), for pages that nest an
 * entry under their own headings, such as the full report. Safe on our own markdown-it output only:
 * raw HTML in content is escaped, so every `<hN` in it is a real heading tag.
 * @example shiftHeadings("<h2>Why</h2>", 2) // "<h4>Why</h4>"
 */
export function shiftHeadings(html: string, levels: number): string {
  return html.replace(/<(\/?)h([1-6])([\s>])/g, (_, slash: string, level: string, after: string) => `<${slash}h${Math.min(6, Number(level) + levels)}${after}`);
}
