/**
 * The Content-Security-Policy every page carries in a <meta> tag: only our own files, no inline
 * script or style. `wasm` adds 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs; only
 * the search page asks for it, so every other page stays strict.
 * @example contentSecurityPolicy({ wasm: true }) // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …"
 */
export function contentSecurityPolicy({ wasm = false }: { wasm?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
