import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/markdown/markdown.ts";

describe("renderMarkdown", () => {
  it.each([
    ["raw HTML", "<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"],
    ["an onerror attribute", '<img src=x onerror="alert(1)">', "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>\n"],
    ["a javascript: link", "[click](javascript:alert(1))", "<p>[click](javascript:alert(1))</p>\n"],
    ["a data: link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>\n"],
    ["an image from another host (shown as a link, never loaded)", "![tracker](https://example.com/t.png)", "<p>!<a href=\"https://example.com/t.png\">tracker</a></p>\n"],
  ])("neutralises %s", (_name, input, expected) => {
    expect(renderMarkdown(input)).toBe(expected);
  });

  it("turns source: citations into links to the sources page", () => {
    expect(renderMarkdown("Fact. ([statement](source:council-statement))")).toBe(
      '<p>Fact. (<a href="/sources/#council-statement" class="ar-cite">statement</a>)</p>\n',
    );
  });

  it("keeps ordinary https links", () => {
    expect(renderMarkdown("[DfE](https://www.gov.uk/)")).toBe('<p><a href="https://www.gov.uk/">DfE</a></p>\n');
  });

  it("demotes a level-one heading, since the page title is the only h1", () => {
    expect(renderMarkdown("# Background")).toBe("<h2>Background</h2>\n");
  });
});
