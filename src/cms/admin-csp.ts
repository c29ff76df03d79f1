/**
 * The admin page's own Content-Security-Policy: what Decap CMS needs and nothing more. Decap
 * styles its interface with CSS-in-JS (style elements it inserts), so styles may be inline there,
 * never on the public pages; scripts stay our own files; the only other address is the backend.
 * @example adminCsp(["http://127.0.0.1:8081"]) // "default-src 'self'; …; connect-src 'self' http://127.0.0.1:8081; …"
 */
export function adminCsp(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(" ")}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
