import { describe, expect, it } from "vitest";
import { searchedPart } from "../../src/cli/build-search-index.ts";

const page = (main: string, { head = "", after = "" } = {}) =>
  `<!DOCTYPE html>\n<html lang="cy">\n<head><title>T</title>${head}</head>\n<body><nav>Timeline · Money</nav>${main}<footer>Last updated</footer>${after}</body></html>`;

describe("what a page sends to the search index", () => {
  it("is the page's <main> with its language, when every search attribute is inside it", () => {
    const main = `<main id="main" data-pagefind-body><h1 data-pagefind-filter="group:entries">Cabinet decides</h1><p data-pagefind-ignore>Cite this page</p></main>`;
    expect(searchedPart(page(main))).toBe(`<!DOCTYPE html><html lang="cy"><body>${main}</body></html>`);
  });

  it("is the whole page when a search attribute is outside <main>, or the page has no marked <main>", () => {
    const outside = page(`<main data-pagefind-body><h1>A</h1></main>`, { after: `<p data-pagefind-meta="date:2014">x</p>` });
    expect(searchedPart(outside)).toBe(outside);
    const before = page(`<main data-pagefind-body><h1>A</h1></main>`, { head: `<meta data-pagefind-meta="image:/a.png">` });
    expect(searchedPart(before)).toBe(before);
    const article = page(`<main><article data-pagefind-body><h1>A</h1></article></main>`);
    expect(searchedPart(article)).toBe(article);
    const unmarked = page(`<main><h1>A</h1></main>`);
    expect(searchedPart(unmarked)).toBe(unmarked);
  });
});
