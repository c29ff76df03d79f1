import { parseTree } from "jsonc-parser";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { jsonLocator } from "../../src/loaders/json-locator.ts";
import { yamlLocator } from "../../src/loaders/yaml-locator.ts";

// Where a problem is placed: the line and column an editor's cursor goes to.

describe("placing a problem in a JSON data file", () => {
  const text = ['{', '  "people": [', '    { "id": "a" },', '    { "id": "b", "role": { "title": "Leader" } }', '  ]', '}'].join("\n");
  const locate = jsonLocator(parseTree(text)!, text);

  it("places a field at its value, or at its name when the name is what is wrong", () => {
    expect(locate(["people", 1, "id"])).toEqual({ line: 4, column: 13 });
    expect(locate(["people", 1, "id"], "key")).toEqual({ line: 4, column: 7 });
  });

  it("places a list item at the item itself, for its value and its name alike (an item has no name)", () => {
    expect(locate(["people", 1])).toEqual({ line: 4, column: 5 });
    expect(locate(["people", 1], "key")).toEqual({ line: 4, column: 5 });
  });

  it("places a missing field at the object that should hold it, whichever part was asked for", () => {
    expect(locate(["people", 1, "role", "since"])).toEqual({ line: 4, column: 26 });
    expect(locate(["people", 1, "role", "since"], "key")).toEqual({ line: 4, column: 26 });
    expect(locate(["people", 7, "id"], "key")).toEqual({ line: 2, column: 13 });
  });

  it("places the whole file's problem at its start, and nothing found at the start too", () => {
    expect(locate([], "key")).toEqual({ line: 1, column: 1 });
    expect(locate(["nothing", "here"])).toEqual({ line: 1, column: 1 });
  });
});

describe("placing a problem in front matter", () => {
  // The front matter's YAML starts on line 2, after the opening ---.
  const locatorOf = (yaml: string) => yamlLocator(parseDocument(yaml, { schema: "core", uniqueKeys: true }), yaml, 1);

  it("places a field at its value, or at its name when the name is what is wrong", () => {
    const locate = locatorOf("title: A title\npeople:\n  - a\n  - b\n");
    expect(locate(["title"])).toEqual({ line: 2, column: 8 });
    expect(locate(["title"], "key")).toEqual({ line: 2, column: 1 });
    expect(locate(["people", 1])).toEqual({ line: 5, column: 5 });
  });

  it("places a field written with nothing after it where its value would go, and a name with no value at all at the name", () => {
    const empty = locatorOf("title:\nsummary: Some words\n");
    expect(empty(["title"])).toEqual({ line: 2, column: 7 });
    const bare = locatorOf("? title\nsummary: Some words\n");
    expect(bare(["title"])).toEqual({ line: 2, column: 3 });
    expect(bare(["title", "deeper"])).toEqual({ line: 2, column: 3 });
  });

  it("places a missing field or item at what should hold it", () => {
    const locate = locatorOf("title: A title\nquotes:\n  - text: Words\n    by: someone\n");
    expect(locate(["quotes", 0, "source"])).toEqual({ line: 4, column: 5 });
    expect(locate(["quotes", 3, "by"])).toEqual({ line: 4, column: 3 });
    expect(locate(["nothing"])).toEqual({ line: 2, column: 1 });
  });

  it("stops at the field asked for, even when what is inside it has a name like a missing one", () => {
    const locate = locatorOf("title: A title\nrole:\n  undefined: x\n");
    expect(locate(["role"])).toEqual({ line: 4, column: 3 });
  });

  it("places a problem in empty front matter at its first line", () => {
    expect(locatorOf("")(["title"])).toEqual({ line: 2, column: 1 });
    expect(locatorOf("# only a comment\n")(["title"])).toEqual({ line: 2, column: 1 });
  });
});
