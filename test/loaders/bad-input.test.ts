import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const ENTRY_HINT = "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter";
const DATA_HINT = "1 problem in 1 file. How to write the data files: CONTENT.md#data-files";

// Each case lays one fixture from test/fixtures/bad/ over the minimal valid record.
const cases: { name: string; overlay: Record<string, string>; expected: string }[] = [
  {
    name: "broken YAML",
    overlay: { [ENTRY]: "bad/broken-yaml.md" },
    expected: `${ENTRY}:7:10  the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)\n${ENTRY_HINT}`,
  },
  {
    name: "no front matter",
    overlay: { [ENTRY]: "bad/no-front-matter.md" },
    expected: `${ENTRY}:1:1  the file has no front matter (expected a first line of ---, then the fields, then a closing ---)\n${ENTRY_HINT}`,
  },
  {
    name: "a missing required field",
    overlay: { [ENTRY]: "bad/missing-field.md" },
    expected: `${ENTRY}:2:1  title: is required but missing (expected text)\n${ENTRY_HINT}`,
  },
  {
    name: "an impossible date",
    overlay: { [ENTRY]: "bad/impossible-date.md" },
    expected: `${ENTRY}:3:7  date: "2014-02-30" is not a real date (expected YYYY-MM-DD)\n${ENTRY_HINT}`,
  },
  {
    name: "an unknown key",
    overlay: { [ENTRY]: "bad/unknown-key.md" },
    expected: [
      `${ENTRY}:2:1  titel: unknown field; did you mean "title"?`,
      `${ENTRY}:2:1  title: is required but missing (expected text)`,
      "2 problems in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"),
  },
  {
    name: "an unknown kind",
    overlay: { [ENTRY]: "bad/unknown-kind.md" },
    expected: `${ENTRY}:5:7  kind: "cabinet-decison" is not one of the allowed values (expected one of "inspection", "inspection-report", "report", "cabinet-decision", "council-decision", "scrutiny", "plan", "deadline", "appointment", "resignation", "government-review", "statement"); did you mean "cabinet-decision"?\n${ENTRY_HINT}`,
  },
  {
    name: "a string where a boolean belongs",
    overlay: { [ENTRY]: "bad/wrong-type.md" },
    expected: `${ENTRY}:5:8  draft: wrong type (expected true or false, got "yes")\n${ENTRY_HINT}`,
  },
  {
    name: "an amount that is not whole pence",
    overlay: { "data/funding.json": "bad/not-whole-pence.json" },
    expected: `data/funding.json:6:22  sums[0].amountPence: 4800000.5 is not a whole number of pence (expected the amount times 100: 4.8 million is written 480000000)\n${DATA_HINT}`,
  },
  {
    name: "a dangling reference",
    overlay: { [ENTRY]: "bad/dangling-reference.md" },
    expected: `${ENTRY}:11:5  people[0]: unknown person or body "m-tett"; did you mean "martin-tett"?\n${ENTRY_HINT}`,
  },
  {
    name: "two entries with the same URL",
    overlay: { "content/2014/2014-11-11-cabinet-decides.md": "bad/duplicate-url.md" },
    expected: `content/2014/2014-11-11-cabinet-decides.md:1:1  this entry would have the same web address (/timeline/cabinet-decides/) as ${ENTRY}; change the words after the date in one of the file names\n${ENTRY_HINT}`,
  },
  {
    name: "invalid JSON",
    overlay: { "data/people.json": "bad/invalid-json.json" },
    expected: `data/people.json:4:67  the file is not valid JSON: remove this comma (JSON allows no comma after the last item of a list or the last field)\n${DATA_HINT}`,
  },
  {
    name: "bytes that are not UTF-8",
    overlay: { [ENTRY]: "bad/non-utf8.md" },
    expected: `${ENTRY}:7:17  the file is not UTF-8 text (byte 0x92 here); save it again as UTF-8\n${ENTRY_HINT}`,
  },
];

describe("loadRecord on bad input", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it.each(cases)("reports $name with file, line, column and field", async ({ overlay, expected }) => {
    const fixture = await minimalRecordWith(overlay);
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblems(result.problems)).toBe(expected);
  });

  it("accepts the minimal record the fixtures are laid over", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    expect((await loadRecord(fixture.root, { today: "2026-11-27" })).ok).toBe(true);
  });

  it("reports every problem in every file at once", async () => {
    const fixture = await minimalRecordWith({
      [ENTRY]: "bad/unknown-kind.md",
      "content/2014/2014-11-11-other.md": "bad/impossible-date.md",
      "data/funding.json": "bad/not-whole-pence.json",
    });
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => `${p.file}:${p.field}`)).toEqual([
        "content/2014/2014-11-10-cabinet-decides.md:kind",
        "content/2014/2014-11-11-other.md:date",
        "data/funding.json:sums[0].amountPence",
      ]);
      expect(formatProblems(result.problems).split("\n").at(-1)).toBe("3 problems in 3 files. How to fix each message: CONTENT.md#error-messages");
    }
  });
});
