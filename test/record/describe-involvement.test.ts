import { describe, expect, it } from "vitest";
import { describeInvolvement } from "../../src/record/describe-involvement.ts";

describe("describeInvolvement", () => {
  it.each([
    [{ entries: 3, decisions: 0, quotes: 6, promises: 0 }, "Named in 3 events; quoted 6 times."],
    [{ entries: 1, decisions: 1, quotes: 1, promises: 1 }, "Named in 1 event; took 1 decision; quoted 1 time; made 1 promise."],
    [{ entries: 0, decisions: 0, quotes: 0, promises: 2 }, "Named in no event; made 2 promises."],
    [{ entries: 2, decisions: 2, quotes: 0, promises: 0 }, "Named in 2 events; took 2 decisions."],
  ])("sums up %o as %j", (counts, text) => {
    expect(describeInvolvement(counts)).toBe(text);
  });
});
