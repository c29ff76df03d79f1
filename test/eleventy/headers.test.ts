import { beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot } from "../support/fixture-record.ts";

describe("the _headers file for hosts that read one", () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await buildInMemory({ recordRoot: housingRoot });
  });

  it("gives every HTML page its own policy, with frame-ancestors that a <meta> tag cannot carry", () => {
    const headers = pageAt(pages, "/_headers").content;
    const htmlPages = pages.filter((p) => p.url.endsWith("/") || p.url.endsWith(".html"));
    for (const page of htmlPages) {
      const block = headers.split("\n\n").find((b) => b.trim().startsWith(`${page.url}\n`));
      expect(block, page.url).toBeDefined();
      expect(block).toContain("frame-ancestors 'none'");
      expect(block).not.toContain("unsafe-inline");
    }
  });

  it("allows WebAssembly only on the search page", () => {
    const blocks = pageAt(pages, "/_headers").content.split("\n\n").filter((b) => b.includes("wasm-unsafe-eval"));
    expect(blocks.map((b) => b.trim().split("\n")[0])).toEqual(["/search/"]);
  });
});
