import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/loaders/parse-json.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";

const FILE = "data/people.json";
const reportFor = (text: string): string => {
  const result = parseJson(text, FILE);
  return result.ok ? "" : formatProblem(result.problem);
};

describe("the message for each common JSON mistake", () => {
  it.each([
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', "3:3  the file is not valid JSON: a comma was expected here (between two fields or list items)"],
    ["text without quotes", '{ "a": yes }', "1:8  the file is not valid JSON: this is not valid JSON (text values need double quotes)"],
    ["a comment", '{ "a": 1 // note\n}', "1:10  the file is not valid JSON: comments are not allowed in JSON"],
    ["an unclosed text value", '{ "a": "yes }', "1:8  the file is not valid JSON: a text value is not closed with a double quote"],
    ["a missing colon", '{ "a" 1 }', "1:7  the file is not valid JSON: a colon was expected here (after the field name)"],
    ["a number for a field name", '{ "a": 1, 2: 3 }', "1:11  the file is not valid JSON: a field name in double quotes was expected here"],
    ["a list never closed", '{ "a": [1, 2', "1:13  the file is not valid JSON: a closing ] was expected here"],
    ["an object never closed", '{ "a": 1', "1:9  the file is not valid JSON: a closing } was expected here"],
    ["an empty file", "", "1:1  the file is not valid JSON: a value was expected here"],
    ["text after the end", '{ "a": 1 } {}', "1:12  the file is not valid JSON: the file should end here"],
    ["a comma after the last field", '{\n  "a": 1,\n}', "2:9  the file is not valid JSON: remove this comma (JSON allows no comma after the last item of a list or the last field)"],
    ["a comma after the last item, before spaces", '[1, 2,\n\n  ]', "1:6  the file is not valid JSON: remove this comma (JSON allows no comma after the last item of a list or the last field)"],
    ["text without quotes after a comma", '{ "a": [1, x] }', "1:12  the file is not valid JSON: this is not valid JSON (text values need double quotes)"],
    ["a tab typed inside text", '{ "a": "x\ty" }', "1:8  the file is not valid JSON: a text value holds a tab or another control character; write a tab as \\t"],
    ["a number cut short", '{ "a": 1. }', "1:8  the file is not valid JSON: this number is cut short (expected digits after its . or e)"],
    ["an unknown escape", '{ "a": "C:\\x" }', '1:8  the file is not valid JSON: a backslash in a text value must start an escape such as \\n or \\" (write \\\\ for a backslash itself)'],
    ["a short \\u escape", '{ "a": "\\u12" }', "1:8  the file is not valid JSON: a \\u escape needs four hexadecimal digits, such as \\u00e9"],
    ["a comment never closed", '{ "a": 1 /* note', "1:10  the file is not valid JSON: comments are not allowed in JSON"],
  ])("explains %s", (_name, text, message) => {
    expect(reportFor(text)).toBe(`${FILE}:${message}`);
  });

  it("reads valid JSON, and locates a missing field at the object that should hold it", () => {
    const result = parseJson('{\n  "people": [\n    { "id": "a" }\n  ]\n}', FILE);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.data).toEqual({ people: [{ id: "a" }] });
    expect(result.locate(["people", 0, "name"])).toEqual({ line: 3, column: 5 });
    expect(result.locate(["people", 0, "id"], "key")).toEqual({ line: 3, column: 7 });
    expect(result.locate(["people", 0, "id"])).toEqual({ line: 3, column: 13 });
    expect(result.locate(["nothing", 3])).toEqual({ line: 1, column: 1 });
  });

  it("counts only brackets outside text towards the nesting limit, escaped quotes included", () => {
    const inText = `{ "a": "\\"${"[".repeat(40)}" }`;
    expect(reportFor(inText)).toBe("");
    const afterText = `{ "a": "\\\\", "b": ${"[".repeat(33)}${"]".repeat(33)} }`;
    expect(reportFor(afterText)).toBe(`${FILE}:1:50  the file is nested too deeply: lists and objects may be nested at most 32 levels`);
    expect(reportFor(`{ "b": ${"[".repeat(31)}${"]".repeat(31)} }`)).toBe("");
  });

  it("reports a field name used twice in one object at each later use, not a name shared by two objects", () => {
    const result = parseJson('{ "a": 1, "b": { "a": 2, "c": 3 }, "a": 3,\n  "a": 4 }', FILE);
    expect(result.ok ? [] : (result.problems ?? [result.problem]).map(formatProblem)).toEqual([
      `${FILE}:1:36  the field "a" appears twice in the same object; keep one (JSON would silently use the last)`,
      `${FILE}:2:3  the field "a" appears twice in the same object; keep one (JSON would silently use the last)`,
    ]);
    expect(parseJson('[{ "a": 1 }, { "a": 2 }]', FILE).ok).toBe(true);
    // A name used inside a field's own object and again after that object has closed.
    expect(parseJson('{ "b": { "x": 1 }, "x": 2 }', FILE).ok).toBe(true);
  });
});
