import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validate } from "../../src/loaders/validate.ts";
import type { Locate } from "../../src/problems/problem.ts";

// Each path is placed on its own line, so the order of the problems can be read from the lines.
const lines = new Map<string, number>();
const locate: Locate = (path, target = "value") => {
  const key = `${path.join(".")} ${target}`;
  if (!lines.has(key)) lines.set(key, lines.size + 1);
  return { line: lines.get(key)!, column: 1 };
};

describe("validate", () => {
  it("lists the invisible characters in values and field names in the order the file gives them", () => {
    const result = validate(z.object({}).passthrough(), { a: "x\u0007", list: ["ok", "y\u001b"], "b\nc": 1, d: { e: "\u202e" } }, "data/x.json", locate);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message.split(",")[0]}`)).toEqual([
      "a: contains the invisible control character U+0007",
      "list[1]: contains the invisible control character U+001B",
      "b\nc: the field name contains the invisible control character U+000A",
      "d.e: contains the invisible control character U+202E",
    ]);
  });

  it("gives the value itself when nothing is wrong", () => {
    expect(validate(z.object({ n: z.coerce.number() }), { n: "5" }, "data/x.json", locate)).toEqual({ ok: true, value: { n: 5 } });
  });
});
