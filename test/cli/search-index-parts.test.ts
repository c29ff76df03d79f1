import { describe, expect, it } from "vitest";
import { partCount, partFolder, partOf } from "../../src/cli/search-index-parts.ts";

describe("the parts of a large record's search index", () => {
  it("is one index up to the part size, then one more part for each part size begun", () => {
    expect([0, 1, 2000, 2001, 4000, 4001, 10_553].map((pages) => partCount(pages, 2000))).toEqual([1, 1, 1, 2, 2, 3, 6]);
    expect(() => partCount(10, 0)).toThrow("pages per search index part must be a whole number of at least 1, not 0");
  });

  it("puts a page in the same part on every build, and spreads a record's pages over all the parts", () => {
    const urls = Array.from({ length: 600 }, (_, i) => `/timeline/entry-${i}/`);
    const first = urls.map((u) => partOf(u, 6));
    expect(urls.map((u) => partOf(u, 6))).toEqual(first);
    const sizes = [0, 1, 2, 3, 4, 5].map((part) => first.filter((p) => p === part).length);
    // No part is empty or holds more than twice its share.
    for (const size of sizes) expect(size).toBeGreaterThan(50);
    for (const size of sizes) expect(size).toBeLessThan(200);
    expect(urls.every((u) => partOf(u, 1) === 0)).toBe(true);
  });

  it("names the first part Pagefind's usual folder and the others beside it", () => {
    expect([0, 1, 5].map(partFolder)).toEqual(["pagefind", "pagefind-2", "pagefind-6"]);
  });
});
