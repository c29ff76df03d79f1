import { describe, expect, it } from "vitest";
// @ts-expect-error: plain browser JavaScript, served as is; it has no type declarations.
import { inGroupOrder, resultsSummary, splitExcerpt } from "../../src/client/search.js";

describe("splitExcerpt", () => {
  it("splits a Pagefind excerpt into plain text and highlighted words", () => {
    expect(splitExcerpt("released £4.8m from <mark>reserves</mark> and up to £1m")).toEqual([
      { text: "released £4.8m from ", mark: false },
      { text: "reserves", mark: true },
      { text: " and up to £1m", mark: false },
    ]);
  });

  it("turns entities back into characters and drops any other markup, so nothing is parsed as HTML", () => {
    expect(splitExcerpt("children&#39;s <b>&lt;script&gt;</b> &amp; <mark>care</mark>")).toEqual([
      { text: "children's <script> & ", mark: false },
      { text: "care", mark: true },
    ]);
  });
});

describe("inGroupOrder", () => {
  it("puts entries, then people, then other pages, keeping Pagefind's order within each group", () => {
    const found = [
      { group: "pages", results: ["/money/", "/"] },
      { group: "entries", results: ["/timeline/b/", "/timeline/a/"] },
      { group: "people", results: ["/people/x/"] },
    ];
    expect(inGroupOrder(found, ["entries", "people", "pages"])).toEqual(["/timeline/b/", "/timeline/a/", "/people/x/", "/money/", "/"]);
  });
});

describe("resultsSummary", () => {
  it("says how many results there are in each group, and which are shown while some are not", () => {
    const groups = [{ label: "entries", count: 12 }, { label: "people and bodies", count: 0 }, { label: "other pages", count: 19 }];
    expect(resultsSummary({ query: "plan", total: 31, shown: 20, groups })).toBe("31 results for “plan”: 12 entries, 19 other pages. Showing 1 to 20.");
    expect(resultsSummary({ query: "plan", total: 31, shown: 31, groups })).toBe("31 results for “plan”: 12 entries, 19 other pages.");
    expect(resultsSummary({ query: "zzz", total: 0, shown: 0, groups })).toBe("No results for “zzz”.");
  });
});
