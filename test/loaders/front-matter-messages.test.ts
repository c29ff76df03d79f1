import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

// The messages an editor reads when the --- lines around an entry's fields go wrong. They must
// survive any rewrite of the front-matter parser: they are what CONTENT.md tells editors to expect.
const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const HINT = "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter";
let valid: string;
beforeAll(async () => {
  valid = await readFile(path.join(fixturesDir, "minimal", ENTRY), "utf8");
});

describe("an entry's front matter", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  /** What `npm run check` prints for the minimal record with the entry's text replaced. */
  const reportFor = async (text: string): Promise<string> => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    await writeFile(path.join(fixture.root, ENTRY), text);
    const result = await loadRecord(fixture.root, { today: "2026-01-01" });
    return result.ok ? "" : formatProblems(result.problems);
  };

  it("that is never closed is reported as such, at the top of the file", async () => {
    const unclosed = valid.replace(/\n---\n/, "\n");
    expect(await reportFor(unclosed)).toBe(`${ENTRY}:1:1  the front matter is never closed (expected a line holding only --- after the last field)\n${HINT}`);
  });

  it("that is missing is reported with what the file should start with", async () => {
    expect(await reportFor("Just some text.\n")).toBe(`${ENTRY}:1:1  the file has no front matter (expected a first line of ---, then the fields, then a closing ---)\n${HINT}`);
  });

  it("written in another language is refused", async () => {
    expect(await reportFor('---json\n{ "title": "x" }\n---\nBody.\n')).toBe(`${ENTRY}:1:4  front matter must be YAML: start the file with a line holding only ---\n${HINT}`);
  });

  it("with no fields is reported as empty", async () => {
    expect(await reportFor("---\n---\nBody.\n")).toBe(`${ENTRY}:1:1  the front matter is empty (expected the fields between the --- lines)\n${HINT}`);
  });

  it("with a quotation mark never closed is located where the quote opens", async () => {
    const text = valid.replace("summary: Cabinet released money from reserves.", 'summary: "Cabinet released money');
    expect(await reportFor(text)).toBe(
      `${ENTRY}:7:10  the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)\n${HINT}`,
    );
  });

  it("with other broken YAML names the YAML problem on its line", async () => {
    const report = await reportFor(valid.replace("phase: response", "phase: [response"));
    expect(report).toMatch(new RegExp(`^${ENTRY}:\\d+:\\d+  the front matter is not valid YAML: \\S`));
    expect(report.split("\n")).toHaveLength(2);
  });

  it("is read the same with Windows line endings, and with spaces after the --- lines", async () => {
    expect(await reportFor(valid.replaceAll("\n", "\r\n"))).toBe("");
    expect(await reportFor(valid.replace(/^---\n/, "---  \n").replace(/\n---\n/, "\n--- \n"))).toBe("");
  });

  it("keeps an impossible date as written, rather than rolling it over to the next month", async () => {
    expect(await reportFor(valid.replace("date: 2014-11-10", "date: 2014-11-31"))).toBe(`${ENTRY}:3:7  date: "2014-11-31" is not a real date (expected YYYY-MM-DD)\n${HINT}`);
  });
});
