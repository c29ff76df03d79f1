import { describe, expect, it } from "vitest";
import { jsonIsland } from "../../src/filters/json-island.ts";

describe("jsonIsland", () => {
  it("escapes anything that could end the script element or open a comment", () => {
    const text = jsonIsland({ label: "</script><!-- & \u2028" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ label: "</script><!-- & \u2028" });
  });
});

describe("jsonIsland, every occurrence", () => {
  it("escapes each of them, not only the first", () => {
    expect(jsonIsland("<<>>&&\u2028\u2028\u2029\u2029")).toBe('"\\u003c\\u003c\\u003e\\u003e\\u0026\\u0026\\u2028\\u2028\\u2029\\u2029"');
  });
});
