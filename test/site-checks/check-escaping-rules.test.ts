import { describe, expect, it } from "vitest";
import type { BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";

/** A site of one page whose body is `body`, from line 3. */
const siteWith = (body: string): BuiltSite => ({
  dir: "",
  files: new Set(["index.html"]),
  pages: [{ url: "/", file: "index.html", html: `<!doctype html>\n<body>\n${body}\n</body>` }],
});
const messages = (body: string) => checkEscaping(siteWith(body)).map((p) => `${p.page} ${p.rule}: ${p.message}`);

describe("the check for text escaped twice", () => {
  it("reports an entity a reader would see in a page's text, with its line and the words around it", () => {
    expect(messages("<p>The children&amp;#39;s services were rated inadequate in 2014 by the inspectors.</p>")).toEqual([
      `/ escaped-twice: line 3: the text of <p> shows "&#39;" to readers, in "The children&#39;s services were rated ina"; the text was escaped twice`,
    ]);
  });

  it.each([
    ["&amp;amp;", "&amp;"],
    ["&amp;lt;", "&lt;"],
    ["&amp;gt;", "&gt;"],
    ["&amp;quot;", "&quot;"],
    ["&amp;apos;", "&apos;"],
    ["&amp;nbsp;", "&nbsp;"],
    ["&amp;#8217;", "&#8217;"],
    ["&amp;#x2019;", "&#x2019;"],
    ["&amp;#X2F;", "&#X2F;"],
  ])("reports %s, which reads as %s", (written, seen) => {
    expect(messages(`<p>a ${written} b</p>`)).toEqual([`/ escaped-twice: line 3: the text of <p> shows "${seen}" to readers, in "a ${seen} b"; the text was escaped twice`]);
  });

  it("quotes at most 30 characters either side of the entity", () => {
    const before = "x".repeat(40);
    const after = "y".repeat(40);
    const [message] = messages(`<p>${before}&amp;amp;${after}</p>`);
    expect(message).toContain(`in "${"x".repeat(30)}&amp;${"y".repeat(25)}"`);
  });

  it.each(["title", "alt", "aria-label", "placeholder", "content"])("reports an entity a reader would hear or see in the %s attribute", (attribute) => {
    const problems = messages(`<img src="a.png" ${attribute}="Children&amp;#39;s services">`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^/ escaped-twice: line 3: <img[^>]*${attribute}[^>]*> shows "&#39;" to readers, in "Children&#39;s services"; the text was escaped twice$`));
  });

  it("leaves other attributes, text rightly escaped once, and text that only looks like an entity", () => {
    expect(messages(`<a href="/?a=1&amp;amp;b=2" data-note="&amp;amp;">Children&#39;s &amp; young people's services, R&amp;D; AT&amp;T</a>`)).toEqual([]);
    expect(messages("<p>&amp;x; &amp;#xZZ; &amp;#; &amp;lt</p>")).toEqual([]);
  });

  it("leaves the code of scripts and stylesheets, where an entity is code, not text", () => {
    expect(messages('<script type="application/json">{"a":"&amp;amp;"}</script><style>p::after { content: "&amp;amp;"; }</style>')).toEqual([]);
  });

  it("reports each element where it is, in the order of the page", () => {
    expect(messages("<p>a &amp;amp; b</p>\n<h2>c &amp;lt; d</h2>").map((m) => m.slice(0, 40))).toEqual([
      "/ escaped-twice: line 3: the text of <p>",
      "/ escaped-twice: line 4: the text of <h2",
    ]);
  });
});
