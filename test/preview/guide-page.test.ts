import { describe, expect, it } from "vitest";
import { guidePage } from "../../src/preview/guide-page.ts";
import { problemsPage } from "../../src/preview/problems-page.ts";
import { projectRoot } from "../support/fixture-record.ts";

describe("the editors' guide in the preview", () => {
  it("links the problems page's pointer to the guide, at the section it names", () => {
    const html = problemsPage([{ file: "content/2014/x.md", line: 4, column: 7, field: "date", message: "is not a real date" }]);
    expect(html).toContain('How to write an entry: <a href="/CONTENT.md#front-matter">CONTENT.md#front-matter</a>');
  });

  it("serves CONTENT.md as a page whose headings carry the anchors the messages use", () => {
    const html = guidePage(projectRoot);
    expect(html).toContain('<h3 id="front-matter">Front matter</h3>');
    expect(html).toContain('<h2 id="data-files">Data files</h2>');
    expect(html).toContain('<h2 id="error-messages">Error messages</h2>');
  });
});
