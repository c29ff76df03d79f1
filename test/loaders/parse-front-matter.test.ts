import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/loaders/parse-front-matter.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";

const FILE = "content/2014/2014-11-10-x.md";
/** What an editor reads for a file's text: its one problem, or the fields and where the body starts. */
const read = (text: string): string | { data: unknown; body: string; bodyLine: number } => {
  const result = parseFrontMatter(text, FILE);
  if (!result.ok) return formatProblem(result.problem);
  const { data, body, bodyLine } = result.value;
  return { data, body, bodyLine };
};

describe("parseFrontMatter", () => {
  it("gives the fields, the body and the body's first line, whatever the line ends", () => {
    expect(read("---\ntitle: A\norder: 2\n---\nBody.\n")).toEqual({ data: { title: "A", order: 2 }, body: "Body.\n", bodyLine: 5 });
    expect(read("---\r\ntitle: A\r\n---\r\nBody.\r\n")).toEqual({ data: { title: "A" }, body: "Body.\r\n", bodyLine: 4 });
    expect(read("---\ntitle: A\n---")).toEqual({ data: { title: "A" }, body: "", bodyLine: 3 });
  });

  it("takes a tab after a --- line as a space no one sees, and ends the front matter only at a line of just ---", () => {
    expect(read("---\t\ntitle: A\n--- \t\nBody.")).toEqual({ data: { title: "A" }, body: "Body.", bodyLine: 4 });
    expect(read("---\r\ntitle: A\r\n----\r\n---\r\n")).toBe(
      `${FILE}:3:1  this line starts with --- but is not the closing line: the front matter ends only at a line holding just --- (delete this line, or make it a YAML comment starting with #)`,
    );
    expect(read("---")).toBe(`${FILE}:1:1  the front matter is never closed (expected a line holding only --- after the last field)`);
    expect(read("---\n\n---\n")).toBe(`${FILE}:1:1  the front matter is empty (expected the fields between the --- lines)`);
    expect(read("\n---\ntitle: A\n---\n")).toBe(`${FILE}:1:1  the file has no front matter (expected a first line of ---, then the fields, then a closing ---)`);
  });

  it("reads anchored values through the full parser with the same values", () => {
    expect(read("---\na: &x 1\nb: 2014-02-30\n---\n")).toEqual({ data: { a: 1, b: "2014-02-30" }, body: "", bodyLine: 5 });
  });

  it.each([
    ["a tag of its own", "---\ntitle: A\nkind: !foo x\n---\n", `${FILE}:3:7  the front matter uses the YAML tag !foo, which is not allowed; remove it and write the value as plain text`],
    ["a standard tag", "---\norder: !!str 2\n---\n", `${FILE}:2:8  the front matter uses the YAML tag !!str, which is not allowed; remove it and write the value as plain text`],
    ["a key written twice", "---\ntitle: A\ntitle: B\n---\n", `${FILE}:3:1  the front matter is not valid YAML: Map keys must be unique`],
    ["only a comment", "---\n# nothing yet\n---\n", `${FILE}:1:1  the front matter is empty (expected the fields between the --- lines)`],
    ["a single-quoted text never closed", "---\ntitle: 'A\nkind: x\n---\n", `${FILE}:2:8  the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)`],
    ["a key written twice, each with a quoted value", "---\ntitle: 'A'\ntitle: 'B'\n---\n", `${FILE}:3:1  the front matter is not valid YAML: Map keys must be unique`],
    ["a tag after plain text holding !", "---\ntitle: Wow !great\nkind: !foo x\n---\n", `${FILE}:3:7  the front matter uses the YAML tag !foo, which is not allowed; remove it and write the value as plain text`],
    ["a tag two spaces before its value", "---\nkind: !foo  x\n---\n", `${FILE}:2:7  the front matter uses the YAML tag !foo, which is not allowed; remove it and write the value as plain text`],
    ["a list never closed, its quoted items closed", "---\nsummary: \"ok\"\ntags: [a, 'b'\n---\n", `${FILE}:4:1  the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ["a quoted text never closed after one that is", '---\nsummary: "fine"\ntitle: \'A\nkind: x\n---\n', `${FILE}:3:8  the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)`],
  ])("refuses %s, located, in words", (_name, text, message) => {
    expect(read(text)).toBe(message);
  });

  it("says lists nested thousands deep are nested too deeply, rather than overflowing", () => {
    expect(read(`---\n${"- ".repeat(5000)}x\n---\n`)).toMatch(
      new RegExp(`^${FILE}:\\d+:\\d+  the front matter cannot be read: it is nested too deeply \\(write each field on its own line\\)$`),
    );
  });

  it("locates a field at its value, a key at the key, and a missing field at the nearest block that exists", () => {
    const result = parseFrontMatter("---\ntitle: A\nquotes:\n  - by: x\n    text: y\nempty:\n---\n", FILE);
    if (!result.ok) throw new Error(result.problem.message);
    const { locate } = result.value;
    expect(locate(["title"])).toEqual({ line: 2, column: 8 });
    expect(locate(["title"], "key")).toEqual({ line: 2, column: 1 });
    expect(locate(["quotes", 0, "text"])).toEqual({ line: 5, column: 11 });
    expect(locate(["quotes", 0, "text"], "key")).toEqual({ line: 5, column: 5 });
    expect(locate(["quotes", 0, "page"])).toEqual({ line: 4, column: 5 });
    expect(locate(["quotes", 3, "by"])).toEqual({ line: 4, column: 3 });
    expect(locate(["title", 0])).toEqual({ line: 2, column: 8 });
    expect(locate(["empty"])).toEqual({ line: 6, column: 7 });
    expect(locate(["missing"])).toEqual({ line: 2, column: 1 });
  });
});
