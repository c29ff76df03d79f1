/**
 * JSON as the record's files write it: two-space indents, with short lists of plain values kept
 * on one line (`"sources": ["a", "b"]`), so a migrated file reads like the hand-written ones.
 * @example jsonText({ sources: ["a", "b"] }) // '{\n  "sources": ["a", "b"]\n}\n'
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\n\s+((?:"(?:[^"\\\n]|\\.)*"|-?[\d.]+|true|false|null)(?:,\n\s+(?:"(?:[^"\\\n]|\\.)*"|-?[\d.]+|true|false|null))*)\n\s*\]/g, (whole, items: string) => {
    const inline = `[${items.split(/,\n\s+/).join(", ")}]`;
    return inline.length <= 100 ? inline : whole;
  })}\n`;
}
