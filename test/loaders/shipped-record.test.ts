import { describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { projectRoot } from "../support/fixture-record.ts";

// Only what must hold of any record in content/ and data/: the tests of what residents see use the
// fixture records, so a council that replaces the shipped record keeps a green suite. test/site/
// builds whatever record is there and runs every site check over it.
describe("the record in content/ and data/", () => {
  it("validates with no problems, drafts included", async () => {
    const result = await loadRecord(projectRoot, { includeDrafts: true });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
  });
});
