/**
 * The admin page's own Content-Security-Policy: what Decap CMS needs and nothing more. Decap
 * styles its interface with CSS-in-JS (style elements it inserts) and compiles its configuration
 * check with ajv, so this page allows inline styles and eval, which no public page does; scripts
 * still come only from this origin, and so do all requests (the editor and its backend share it).
 * @example adminCsp([]) // "default-src 'self'; script-src 'self' 'unsafe-eval'; …"
 */
export function adminCsp(connect: readonly string[], images: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // Decap checks its configuration with ajv, which compiles the check as code: refused without this.
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(" ")}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(" ")}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
