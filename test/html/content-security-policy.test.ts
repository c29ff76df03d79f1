import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/html/content-security-policy.ts";

describe("contentSecurityPolicy", () => {
  it("allows only the site's own files, with no inline script or style", () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it("adds WebAssembly, and nothing else, for the search page", () => {
    expect(contentSecurityPolicy({ wasm: true })).toBe(contentSecurityPolicy().replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
  });
});
