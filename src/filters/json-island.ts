/**
 * JSON for a `<script type="application/json">` island: `<`, `>` and `&` are escaped so no value can
 * close the script element or open a comment, whatever an editor writes.
 * @example jsonIsland({ a: "</script>" }) // '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
