import { describe, expect, it } from "vitest";
import { entryOutline } from "../../src/editor/entry-outline.ts";

const source = { id: "minutes-2021-02", label: "minutes" };

describe("entryOutline", () => {
  it("writes the record's outline for the kind, each paragraph marked TODO and citing the first source, headings kept", () => {
    expect(entryOutline(["What the committee decided.", "## What it costs", "Each sum, as the minutes write it."], source)).toBe(
      "TODO: What the committee decided. ([minutes](source:minutes-2021-02))\n\n## What it costs\n\nTODO: Each sum, as the minutes write it. ([minutes](source:minutes-2021-02))\n",
    );
  });

  it("writes a generic outline for a kind the record gives none", () => {
    expect(entryOutline(undefined, source).split("\n\n").map((p) => p.slice(0, 30))).toEqual([
      "TODO: What happened, when, and",
      "TODO: Any money: write each su",
      "TODO: What happens next, if th",
    ]);
  });
});
