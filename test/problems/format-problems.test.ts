import { describe, expect, it } from "vitest";
import { formatProblem, formatProblems } from "../../src/problems/format-problems.ts";
import { githubAnnotations } from "../../src/problems/github-annotations.ts";
import { formatFieldPath, type Problem } from "../../src/problems/problem.ts";

const problem = (file: string, line: number, column: number, field: string, message = "is wrong"): Problem => ({ file, line, column, field, message });

describe("formatProblems", () => {
  it("orders problems as an editor works through them: by file, line, column, then field", () => {
    const text = formatProblems([
      problem("content/b.md", 1, 1, "title"),
      problem("content/a.md", 10, 1, "date"),
      problem("content/a.md", 9, 7, "people[1]"),
      problem("content/a.md", 9, 3, "kind"),
      problem("content/a.md", 2, 3, "sources"),
      problem("content/a.md", 2, 3, "people"),
    ]);
    expect(text.split("\n").slice(0, -1)).toEqual([
      "content/a.md:2:3  people: is wrong",
      "content/a.md:2:3  sources: is wrong",
      "content/a.md:9:3  kind: is wrong",
      "content/a.md:9:7  people[1]: is wrong",
      "content/a.md:10:1  date: is wrong",
      "content/b.md:1:1  title: is wrong",
    ]);
  });

  it("ends with the count of problems and files, and the guide for entries", () => {
    expect(formatProblems([problem("content/a.md", 4, 7, "date", '"2014-02-30" is not a real date (expected YYYY-MM-DD)')])).toBe(
      'content/a.md:4:7  date: "2014-02-30" is not a real date (expected YYYY-MM-DD)\n1 problem in 1 file. How to write an entry: CONTENT.md#front-matter',
    );
    expect(formatProblems([problem("content/a.md", 1, 1, "a"), problem("content/b.md", 1, 1, "b")]).split("\n").at(-1)).toBe(
      "2 problems in 2 files. How to write an entry: CONTENT.md#front-matter",
    );
    expect(formatProblems([problem("content/a.md", 1, 1, "a"), problem("content/a.md", 2, 1, "b")]).split("\n").at(-1)).toBe(
      "2 problems in 1 file. How to write an entry: CONTENT.md#front-matter",
    );
  });

  it("points to the data files' guide when every problem is in data/, and to the messages' guide when mixed", () => {
    expect(formatProblems([problem("data/funding.json", 3, 5, "[0].amountPence")]).split("\n").at(-1)).toBe(
      "1 problem in 1 file. How to write the data files: CONTENT.md#data-files",
    );
    expect(formatProblems([problem("data/people.json", 1, 1, ""), problem("content/a.md", 1, 1, "")]).split("\n").at(-1)).toBe(
      "2 problems in 2 files. How to fix each message: CONTENT.md#error-messages",
    );
  });

  it("prints nothing when there is nothing wrong", () => {
    expect(formatProblems([])).toBe("");
  });

  // A file an editor named "::error::x.md" must not become a workflow command in the CI log.
  it("starts a line that would begin with :: with ./, and leaves every other line as written", () => {
    expect(formatProblem(problem("::error::x.md", 1, 1, "", "is wrong"))).toBe("./::error::x.md:1:1  is wrong");
    expect(formatProblem(problem("content/a.md", 2, 3, "title", "ends with ::"))).toBe("content/a.md:2:3  title: ends with ::");
  });

  it("leaves out the field of a whole-file problem", () => {
    expect(formatProblem(problem("content/a.md", 1, 1, "", "has no front matter"))).toBe("content/a.md:1:1  has no front matter");
  });
});

describe("formatFieldPath", () => {
  it.each<[PropertyKey[], string]>([
    [["quotes", 0, "by"], "quotes[0].by"],
    [[1, "amountPence"], "[1].amountPence"],
    [["people", 1], "people[1]"],
    [[], ""],
  ])("writes %j as %s", (path, text) => {
    expect(formatFieldPath(path)).toBe(text);
  });
});

describe("githubAnnotations", () => {
  it("writes one error command per problem, at its file, line and column", () => {
    expect(githubAnnotations([problem("content/a.md", 4, 7, "date", "is wrong"), problem("content/b.md", 1, 1, "", "has no front matter")])).toBe(
      "::error file=content/a.md,line=4,col=7::date: is wrong\n::error file=content/b.md,line=1,col=1::has no front matter",
    );
  });

  // A line break in a value is shown as its code point before the annotation is written, so no value can start a workflow command of its own.
  it("escapes what would end the message or the file name early", () => {
    expect(githubAnnotations([problem("content/a,b:c%.md", 2, 3, "title", "100% wrong\r\nsee: here, there")])).toBe(
      "::error file=content/a%2Cb%3Ac%25.md,line=2,col=3::title: 100%25 wrong\\u000D\\u000Asee: here, there",
    );
  });

  it("escapes every occurrence, not only the first", () => {
    expect(githubAnnotations([problem("a,b,c:d:e", 1, 1, "", "%%\n\n\r\r")])).toBe("::error file=a%2Cb%2Cc%3Ad%3Ae,line=1,col=1::%25%25\\u000A\\u000A\\u000D\\u000D");
  });
});
