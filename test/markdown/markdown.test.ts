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

  it("turns source: citations into links to the sources page, in any case, with the passage kept off the link", () => {
    expect(renderMarkdown('Fact. ([statement](source:council-statement "its words"), [again](SOURCE:council-statement "more"))')).toBe(
      '<p>Fact. (<a href="/sources/#council-statement" class="ar-cite">statement</a>, <a href="/sources/#council-statement" class="ar-cite">again</a>)</p>\n',
    );
  });

  it("with notes, points each citation at its note and places the notes after the top-level block that holds them", () => {
    const seen: [string, string | undefined][] = [];
    let pending = "";
    const html = renderMarkdown('- one ([a](source:s "w1"))\n- two\n\nNext ([b](source:t "w2")).', {
      cite(id, passage) {
        seen.push([id, passage]);
        pending += `<note ${seen.length}>`;
        return { href: `#n${seen.length}`, id: `r${seen.length}`, marker: `[${seen.length}]` };
      },
      flush() {
        const out = pending;
        pending = "";
        return out;
      },
    });
    expect(seen).toEqual([["s", "w1"], ["t", "w2"]]);
    expect(html).toBe(
      '<ul>\n<li>one (<a href="#n1" class="ar-cite" id="r1">a[1]</a>)</li>\n<li>two</li>\n</ul>\n<note 1><p>Next (<a href="#n2" class="ar-cite" id="r2">b[2]</a>).</p>\n<note 2>',
    );
  });

  it("keeps ordinary https links", () => {
    expect(renderMarkdown("[DfE](https://www.gov.uk/)")).toBe('<p><a href="https://www.gov.uk/">DfE</a></p>\n');
  });

  it("demotes a level-one heading, since the page title is the only h1", () => {
    expect(renderMarkdown("# Background")).toBe("<h2>Background</h2>\n");
  });
});
