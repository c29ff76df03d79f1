import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validate } from "../../src/loaders/validate.ts";
import type { Locate } from "../../src/problems/problem.ts";

// Every problem is placed at the start of the path's depth, so a test can see which path was located.
const locate: Locate = (path, target = "value") => ({ line: path.length + 1, column: target === "key" ? 1 : 5 });

/** The one-line messages an editor reads for `data`, as `field: message`. */
const messagesFor = (schema: z.ZodType, data: unknown): string[] => {
  const result = validate(schema, data, "content/x.md", locate);
  return result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`);
};

describe("the message an editor reads for each kind of mistake", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ["a missing field", z.object({ title: z.string() }), {}, "title: is required but missing (expected text)"],
    ["a number where text belongs", z.object({ title: z.string() }), { title: 5 }, "title: wrong type (expected text, got 5)"],
    ["text where a number belongs", z.object({ n: z.number() }), { n: "5" }, 'n: wrong type (expected a number, got "5")'],
    ["a list where one value belongs", z.object({ on: z.boolean() }), { on: [] }, "on: wrong type (expected true or false, got a list)"],
    ["fields where a list belongs", z.object({ tags: z.array(z.string()) }), { tags: {} }, "tags: wrong type (expected a list, got a set of fields)"],
    ["a list where fields belong", z.object({ a: z.object({}) }), { a: [1] }, "a: wrong type (expected a set of fields, got a list)"],
    ["an empty value", z.object({ title: z.string() }), { title: null }, "title: wrong type (expected text, got an empty value)"],
    ["a value other than the one allowed", z.object({ v: z.literal(2) }), { v: 3 }, "v: must be 2 (got 3)"],
    ["text other than the one allowed, with no guess at it", z.object({ v: z.literal("draft") }), { v: "drat" }, 'v: must be "draft" (got "drat")'],
    ["an unknown field where the schema names none to suggest", z.object({ pair: z.tuple([z.strictObject({ a: z.string() })]) }), { pair: [{ a: "x", b: 1 }] }, "pair[0].b: unknown field"],
    ["a value outside a closed list", z.object({ kind: z.enum(["meeting", "report"]) }), { kind: "memo" }, 'kind: "memo" is not one of the allowed values (expected one of "meeting", "report")'],
    ["a misspelt value", z.object({ kind: z.enum(["meeting", "report"]) }), { kind: "meetnig" }, 'kind: "meetnig" is not one of the allowed values (expected one of "meeting", "report"); did you mean "meeting"?'],
    ["empty text", z.object({ title: z.string().min(1) }), { title: "" }, "title: must not be empty"],
    ["too short text", z.object({ code: z.string().min(3) }), { code: "ab" }, "code: is too short (expected at least 3 characters, got 2)"],
    ["text one character short", z.object({ code: z.string().min(2) }), { code: "" }, "code: is too short (expected at least 2 characters, got 0)"],
    ["too long text", z.object({ code: z.string().max(1) }), { code: "abc" }, "code: is too long (expected at most 1 character, got 3)"],
    ["text over a longer limit", z.object({ code: z.string().max(2) }), { code: "abc" }, "code: is too long (expected at most 2 characters, got 3)"],
    ["an empty list", z.object({ sources: z.array(z.string()).min(1) }), { sources: [] }, "sources: needs at least 1 item"],
    ["too short a list", z.object({ sources: z.array(z.string()).min(2) }), { sources: ["a"] }, "sources: needs at least 2 items"],
    ["too long a list", z.object({ sources: z.array(z.string()).max(1) }), { sources: ["a", "b"] }, "sources: has too many items (expected at most 1 item)"],
    ["a list over a longer limit", z.object({ sources: z.array(z.string()).max(2) }), { sources: ["a", "b", "c"] }, "sources: has too many items (expected at most 2 items)"],
    ["a number below the least", z.object({ n: z.number().min(0) }), { n: -1 }, "n: is too small (expected at least 0, got -1)"],
    ["a number not above zero", z.object({ n: z.number().positive() }), { n: 0 }, "n: is too small (expected more than 0, got 0)"],
    ["a number above the most", z.object({ n: z.number().max(10) }), { n: 11 }, "n: is too large (expected at most 10, got 11)"],
    ["a number not below the limit", z.object({ n: z.number().lt(10) }), { n: 10 }, "n: is too large (expected less than 10, got 10)"],
    ["a fraction where a whole number belongs", z.object({ n: z.int() }), { n: 1.5 }, "n: wrong type (expected a whole number, got 1.5)"],
    ["a badly formed address", z.object({ email: z.email() }), { email: "nobody" }, 'email: "nobody" is not in the right format (expected email)'],
    ["an amount not in steps", z.object({ n: z.number().multipleOf(5) }), { n: 7 }, "n: must be a multiple of 5 (got 7)"],
    ["a value matching no allowed form", z.object({ v: z.union([z.string(), z.number()]) }), { v: true }, "v: does not match any allowed form (got true)"],
  ])("explains %s", (_name, schema, data, message) => {
    expect(messagesFor(schema, data)).toEqual([message]);
  });

  it("explains text where a date belongs, and a value that fails a check with no words of its own", () => {
    expect(messagesFor(z.object({ on: z.date() }), { on: "2014-11-10" })).toEqual(['on: wrong type (expected a date, got "2014-11-10")']);
    expect(messagesFor(z.object({ n: z.number().refine((n) => n > 1) }), { n: 1 })).toEqual(["n: is not valid (got 1)"]);
  });

  it("shows long text cut to one line", () => {
    const long = "x".repeat(61);
    expect(messagesFor(z.object({ n: z.number() }), { n: long })).toEqual([`n: wrong type (expected a number, got "${"x".repeat(57)}...")`]);
    const sixty = "y".repeat(60);
    expect(messagesFor(z.object({ n: z.number() }), { n: sixty })).toEqual([`n: wrong type (expected a number, got "${sixty}")`]);
  });

  it("lets a schema's own instruction win", () => {
    expect(messagesFor(z.object({ url: z.string().startsWith("https://", { error: "must be a full https:// link" }) }), { url: "x" })).toEqual([
      "url: must be a full https:// link",
    ]);
  });
});

describe("unknown fields", () => {
  const Entry = z.strictObject({ title: z.string(), date: z.string(), quotes: z.array(z.strictObject({ by: z.string(), text: z.string() })).optional() });

  it("suggests the field meant, located at the key", () => {
    const result = validate(Entry, { title: "t", date: "d", titel: "x" }, "content/x.md", locate);
    expect(result).toEqual({ ok: false, problems: [{ file: "content/x.md", line: 2, column: 1, field: "titel", message: 'unknown field; did you mean "title"?' }] });
  });

  it("lists the fields allowed when none is close", () => {
    expect(messagesFor(Entry, { title: "t", date: "d", colour: "red" })).toEqual(["colour: unknown field; expected one of title, date, quotes"]);
  });

  it("reports each unknown field once, with the fields allowed where it stands", () => {
    expect(messagesFor(Entry, { title: "t", date: "d", quotes: [{ by: "a", text: "b", bye: 1, page: 2 }] })).toEqual([
      'quotes[0].bye: unknown field; did you mean "by"?',
      "quotes[0].page: unknown field; expected one of by, text",
    ]);
  });

  it("finds the allowed fields inside a default, a nullable and a transformed value", () => {
    const Wrapped = z.strictObject({ meta: z.strictObject({ name: z.string() }).nullable().default({ name: "n" }).transform((m) => m) });
    expect(messagesFor(Wrapped, { meta: { nmae: "x" } })).toEqual([
      "meta.name: is required but missing (expected text)",
      'meta.nmae: unknown field; did you mean "name"?',
    ]);
  });

  it.each<[string, (inner: z.ZodObject) => z.ZodType]>([
    ["optional", (inner) => inner.optional()],
    ["read-only", (inner) => inner.readonly()],
    ["defaulted before parsing", (inner) => inner.prefault({ name: "n" })],
    ["required again", (inner) => inner.optional().nonoptional()],
  ])("finds the allowed fields inside a %s value", (_name, wrap) => {
    const Wrapped = z.strictObject({ meta: wrap(z.strictObject({ name: z.string(), note: z.string().optional() })) });
    expect(messagesFor(Wrapped, { meta: { name: "x", nmae: "x" } })).toEqual(['meta.nmae: unknown field; did you mean "name"?']);
  });

  it("finds the allowed fields of the values of a keyed list, and names no allowed fields where it cannot know them", () => {
    const Keyed = z.strictObject({ byId: z.record(z.string(), z.strictObject({ name: z.string() })) });
    expect(messagesFor(Keyed, { byId: { a: { name: "x", nmae: "y" } } })).toEqual(['byId.a.nmae: unknown field; did you mean "name"?']);
    const Either = z.strictObject({
      items: z.array(z.discriminatedUnion("type", [z.strictObject({ type: z.literal("a"), x: z.string() }), z.strictObject({ type: z.literal("b"), y: z.string() })])),
    });
    expect(messagesFor(Either, { items: [{ type: "a", x: "1", colour: 2 }] })).toEqual(["items[0].colour: unknown field"]);
  });

  it("names a type it has no words for as zod does", () => {
    expect(messagesFor(z.object({ n: z.bigint() }), { n: "5" })).toEqual(['n: wrong type (expected bigint, got "5")']);
  });

  it("locates a wrong value at the value, with the full path", () => {
    const result = validate(Entry, { title: "t", date: 3 }, "content/x.md", locate);
    expect(result).toEqual({ ok: false, problems: [{ file: "content/x.md", line: 2, column: 5, field: "date", message: "wrong type (expected text, got 3)" }] });
  });
});
