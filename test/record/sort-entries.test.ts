import { describe, expect, it } from "vitest";
import { sortEntries } from "../../src/record/sort-entries.ts";
import type { Entry } from "../../src/schemas/entry.ts";

/** Just the fields timeline order reads; the file name doubles as the entry's name in assertions. */
const entry = (file: string, fields: Partial<Entry>): Entry => ({ phase: "response", date: "2014-11-10", datePrecision: "day", file, ...fields }) as Entry;
const order = (entries: Entry[], phases?: string[]) => sortEntries(entries, phases).map((e) => e.file);

describe("sortEntries", () => {
  it("puts phases in the order the site lists them, before any date", () => {
    const entries = [entry("late-in-before", { phase: "before", date: "2015-01-01" }), entry("early-response", { phase: "response", date: "2013-01-01" })];
    expect(order(entries, ["before", "response"])).toEqual(["late-in-before", "early-response"]);
    expect(order(entries, ["response", "before"])).toEqual(["early-response", "late-in-before"]);
  });

  it("puts entries of a phase the site does not list after every listed phase", () => {
    const entries = [entry("unlisted", { phase: "other", date: "2010-01-01" }), entry("last-listed", { phase: "response", date: "2015-01-01" })];
    expect(order(entries, ["before", "response"])).toEqual(["last-listed", "unlisted"]);
  });

  it("orders by date within a phase", () => {
    expect(order([entry("c", { date: "2014-12-01" }), entry("a", { date: "2014-01-05" }), entry("b", { date: "2014-06-30" })])).toEqual(["a", "b", "c"]);
  });

  it("puts a month before a range starting the same day, and a short range before a long one", () => {
    const entries = [
      entry("june-to-september", { date: "2014-06-01", datePrecision: "range", dateTo: "2014-09-30" }),
      entry("june-or-later", { date: "2014-06-01", datePrecision: "range" }),
      entry("june", { date: "2014-06-01", datePrecision: "month" }),
      entry("first-of-june", { date: "2014-06-01", datePrecision: "day" }),
      entry("year-2014", { date: "2014-06-01", datePrecision: "year" }),
    ];
    expect(order(entries)).toEqual(["first-of-june", "june", "june-to-september", "year-2014", "june-or-later"]);
  });

  it("ends a month on its last day, February on the 29th in a leap year, and a year on 31 December", () => {
    // Each pair ends on the same day, so the file name decides, whichever way round the names are;
    // a last day too early or too late would put the other first in one of the two.
    const pair = (date: string, dateTo: string, precision: "month" | "year") => {
      const first = order([entry("b-imprecise", { date, datePrecision: precision }), entry("a-range", { date, datePrecision: "range", dateTo })]);
      const second = order([entry("a-imprecise", { date, datePrecision: precision }), entry("b-range", { date, datePrecision: "range", dateTo })]);
      return [...first, ...second].map((name) => name.slice(2));
    };
    expect(pair("2016-02-01", "2016-02-29", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("2000-02-01", "2000-02-29", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("1900-02-01", "1900-02-28", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("2015-02-01", "2015-02-28", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("2014-04-01", "2014-04-30", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("2014-12-01", "2014-12-31", "month")).toEqual(["range", "imprecise", "imprecise", "range"]);
    expect(pair("2014-06-01", "2014-12-31", "year")).toEqual(["range", "imprecise", "imprecise", "range"]);
  });

  it("then follows the editor's order, an entry without one counting as 0", () => {
    const entries = [entry("b-second", { order: 2 }), entry("c-none", {}), entry("a-first", { order: 1 })];
    expect(order(entries)).toEqual(["c-none", "a-first", "b-second"]);
  });

  it("then orders by file name, so the order never depends on how files were read", () => {
    const entries = [entry("content/2014/b.md", {}), entry("content/2014/a.md", {}), entry("content/2014/c.md", {})];
    expect(order(entries)).toEqual(["content/2014/a.md", "content/2014/b.md", "content/2014/c.md"]);
    expect(order([...entries].reverse())).toEqual(["content/2014/a.md", "content/2014/b.md", "content/2014/c.md"]);
  });

  it("leaves the list it was given as it was", () => {
    const entries = [entry("b", {}), entry("a", {})];
    sortEntries(entries);
    expect(entries.map((e) => e.file)).toEqual(["b", "a"]);
  });
});
