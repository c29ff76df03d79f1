import { describe, expect, it } from "vitest";
import { groupBy } from "../../src/record/group-by.ts";

describe("groupBy", () => {
  it("lists each item under each of its keys, in the items' order", () => {
    const items = [{ id: "a", keys: ["x", "y"] }, { id: "b", keys: ["y"] }, { id: "c", keys: [] }];
    const groups = groupBy(items, (i) => i.keys);
    expect([...groups].map(([key, group]) => [key, group.map((i) => i.id)])).toEqual([["x", ["a"]], ["y", ["a", "b"]]]);
  });

  it("lists an item once under a key it names twice", () => {
    const groups = groupBy([{ id: "a", keys: ["x", "x"] }], (i) => i.keys);
    expect(groups.get("x")).toHaveLength(1);
  });
});
