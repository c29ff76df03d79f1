import { describe, expect, it } from "vitest";
import { jsonIsland } from "../../src/filters/json-island.ts";

describe("jsonIsland", () => {
  it("escapes anything that could end the script element or open a comment", () => {
    const text = jsonIsland({ label: "</script><!-- & \u2028" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ label: "</script><!-- & \u2028" });
  });
});
