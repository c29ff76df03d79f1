import { describe, expect, it } from "vitest";
import { formatProblems } from "../../src/problems/format-problems.ts";
import type { Problem } from "../../src/problems/problem.ts";
import { problemsPage } from "../../src/preview/problems-page.ts";
import { visibleText } from "../support/visible-text.ts";


const problems: Problem[] = [
  { file: "data/people.json", line: 4, column: 67, field: "", message: "the file is not valid JSON: remove this comma" },
  { file: "content/2014/2014-11-10-x.md", line: 2, column: 8, field: "title", message: 'unknown person "<script>alert(\'x\')</script>" & more' },
];

describe("problemsPage", () => {
  it("shows every line npm run check prints, in the same order", () => {
    const text = visibleText(problemsPage(problems));
    for (const line of formatProblems(problems).split("\n")) expect(text).toContain(line);
    expect(text.indexOf("content/2014")).toBeLessThan(text.indexOf("data/people.json"));
  });

  it("escapes what editors typed, so a problem can never run as code", () => {
    const html = problemsPage(problems);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("unknown person &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; more");
  });

  it("is a whole page, titled with the count", () => {
    const html = problemsPage(problems);
    expect(html.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain("<title>Preview stopped: 2 problems in 2 files</title>");
  });
});
