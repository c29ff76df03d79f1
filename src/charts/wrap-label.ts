/**
 * Splits a label into lines of about `width` characters at spaces, for chart axes on narrow screens.
 * @example wrapLabel("Between 1 July and 9 November 2014", 16) // ["Between 1 July", "and 9 November", "2014"]
 */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
