import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/loaders/parse-json.ts";

describe("parseJson", () => {
  it("locates a field on request in a file that parsed", () => {
    const result = parseJson('{\n  "lines": [\n    { "id": "a", "amountPence": 1.5 }\n  ]\n}\n', "data/funding.json");
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.data).toEqual({ lines: [{ id: "a", amountPence: 1.5 }] });
    expect(result.locate(["lines", 0, "amountPence"])).toEqual({ line: 3, column: 33 });
    expect(result.locate(["lines", 0, "amountPence"], "key")).toEqual({ line: 3, column: 18 });
  });

  it("points at a trailing comma", () => {
    const result = parseJson('{ "lines": [1,] }', "data/funding.json");
    expect(result.ok ? undefined : result.problem).toMatchObject({ line: 1, column: 14 });
  });
});
