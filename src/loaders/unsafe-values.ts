import { formatFieldPath, type Locate, type Problem } from "../problems/problem.ts";
import { UNSAFE_CHARACTER, unsafeCharacterMessage } from "../problems/unsafe-characters.ts";
import { MAX_DEPTH } from "./parse-json.ts";

/** A field name is a word or two: no control character, and no line break either. */
const UNSAFE_IN_NAME = new RegExp(`${UNSAFE_CHARACTER.source}|[\\t\\r\\n\\u2028\\u2029]`, "u");

/**
 * Problems no schema can see, in any parsed value: text (a field's value or its name) holding an
 * invisible control character, however it was written (`"\e"` in YAML, `"\u001b"` in JSON), and
 * nesting deeper than MAX_DEPTH. Walked without recursion, so no depth can exhaust the stack.
 * @example unsafeValues({ title: "a\u001bb" }, "x.md", locate) // [{ field: "title", message: "contains the invisible control character U+001B…" }]
 */
export function unsafeValues(data: unknown, file: string, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], target: "value" | "key", message: string) =>
    problems.push({ file, ...locate(path, target), field: formatFieldPath(path), message });
  // Children are pushed last first, so they are taken in the file's order and problems come out in it.
  const stack: { value: unknown; path: PropertyKey[]; badName?: string }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path, badName } = stack.pop()!;
    if (badName !== undefined) {
      report(path, "key", `the field name ${unsafeCharacterMessage(badName)}`);
      continue;
    }
    if (typeof value === "string") {
      const bad = UNSAFE_CHARACTER.exec(value);
      if (bad) report(path, "value", unsafeCharacterMessage(bad[0]));
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      report(path, "value", `is nested too deeply: lists and fields may be nested at most ${MAX_DEPTH} levels`);
      continue;
    }
    const children: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of children.reverse()) {
      const bad = typeof key === "string" ? UNSAFE_IN_NAME.exec(key) : null;
      stack.push(bad ? { value: undefined, path: [...path, key], badName: bad[0] } : { value: child, path: [...path, key] });
    }
  }
  return problems;
}
