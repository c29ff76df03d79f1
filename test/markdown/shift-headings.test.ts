import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/markdown/markdown.ts";
import { shiftHeadings } from "../../src/markdown/shift-headings.ts";

describe("shiftHeadings", () => {
  it("moves every heading down, opening and closing tags alike", () => {
    expect(shiftHeadings(renderMarkdown("## Why\n\ntext\n\n### How"), 2)).toBe("<h4>Why</h4>\n<p>text</p>\n<h5>How</h5>\n");
  });

  it("stops at h6", () => {
    expect(shiftHeadings("<h5>a</h5>", 3)).toBe("<h6>a</h6>");
  });

  it("leaves other tags that start with h alone", () => {
    expect(shiftHeadings("<hr>\n<p><a href=\"/h2\">h2</a></p>", 2)).toBe("<hr>\n<p><a href=\"/h2\">h2</a></p>");
  });

  it("cannot be fooled by heading tags typed in content, which markdown-it escapes", () => {
    expect(shiftHeadings(renderMarkdown("<h2>typed</h2>"), 2)).toBe("<p>&lt;h2&gt;typed&lt;/h2&gt;</p>\n");
  });
});
