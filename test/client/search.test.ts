import { describe, expect, it } from "vitest";
// @ts-expect-error: plain browser JavaScript, served as is; it has no type declarations.
import { splitExcerpt } from "../../src/client/search.js";

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
