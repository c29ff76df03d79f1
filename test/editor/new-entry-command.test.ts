import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { newEntryCommand } from "../../src/editor/new-entry-command.ts";
import { slugify } from "../../src/editor/slugify.ts";
import { legacyVocabularies } from "../../src/migrate/legacy-vocabularies.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const TODAY = "2026-11-27";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

async function run(root: string, argv: string[], answers?: string[]) {
  const output = new Capture();
  const input = new PassThrough();
  if (answers) input.end(answers.map((a) => `${a}\n`).join(""));
  const code = await newEntryCommand(argv, { root, input, output, interactive: answers !== undefined, today: TODAY });
  return { code, output: output.text };
}

const FLAGS = ["--kind", "cabinet-decision", "--title", "Cabinet agrees the budget", "--date", "2014-11-20", "--phase", "response", "--sources", "council-statement"];

describe("npm run new", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());
  const fixture = async () => {
    const f = await minimalRecordWith();
    cleanup = f.cleanup;
    return f.root;
  };

  it("writes a correctly named draft entry from flags, which loadRecord accepts", async () => {
    const root = await fixture();
    const argv = [...FLAGS, "--people", "martin-tett", "--decided-by", "cabinet"];
    argv[3] = "Cabinet agrees the budget: £4.8m";
    const { code, output } = await run(root, argv);
    expect(code).toBe(0);
    const file = "content/2014/2014-11-20-cabinet-agrees-budget-4-8m.md";
    expect(output).toContain(`Wrote ${file}\nIts page: /timeline/cabinet-agrees-budget-4-8m/\n`);
    expect(output).toContain("when published:             https://example.org/timeline/cabinet-agrees-budget-4-8m/");
    expect(output).toContain("npm run check: all content is valid.");
    expect(await readFile(path.join(root, file), "utf8")).toBe(`---
title: "Cabinet agrees the budget: £4.8m"
date: 2014-11-20
datePrecision: day
kind: cabinet-decision
phase: response
summary: "TODO: one plain-language sentence saying what happened."
sources:
  - council-statement
decidedBy:
  - cabinet
people:
  - martin-tett
draft: true # shown by npm start, never published: delete this line when the entry is ready
---
TODO: What cabinet decided, and when, in your own words. ([council statement](source:council-statement "TODO: the words of the source that support this, exactly as it prints them"))

TODO: Any money: write each sum as the source does, add it (or its new stage) to data/funding.json with this entry's id, and list the sum's id under funding. ([council statement](source:council-statement "TODO: the words of the source that support this, exactly as it prints them"))

TODO: What happens next. Put exact quotations under quotes in the fields above. ([council statement](source:council-statement "TODO: the words of the source that support this, exactly as it prints them"))
`);
    const result = await loadRecord(root, { includeDrafts: true, today: TODAY });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
    if (result.ok) expect(result.record.entries.map((e) => [e.id, e.draft])).toContainEqual(["cabinet-agrees-budget-4-8m", true]);
  });

  const entryKindIds = legacyVocabularies.entryKinds.map((k) => k.id);

  it("writes a valid entry with an outline for every kind", async () => {
    const root = await fixture();
    for (const kind of entryKindIds) {
      const argv = [...FLAGS, "--slug", kind];
      argv[1] = kind;
      expect([kind, (await run(root, argv)).code]).toEqual([kind, 0]);
    }
    const result = await loadRecord(root, { includeDrafts: true, today: TODAY });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
    if (result.ok) {
      const written = result.record.entries.filter((e) => e.draft);
      expect(written.map((e) => e.kind).sort()).toEqual([...entryKindIds].sort());
      for (const e of written) expect(e.body).toMatch(/^TODO: .+\(\[council statement\]\(source:council-statement "TODO: [^"]+"\)\)$/m);
    }
  });

  it.each([
    ["2014-11", { date: "2014-11-01", datePrecision: "month" }],
    ["2014", { date: "2014-01-01", datePrecision: "year" }],
    ["2014-06-01..2014-09-30", { date: "2014-06-01", dateTo: "2014-09-30", datePrecision: "range" }],
    ["2014-06-01..", { date: "2014-06-01", datePrecision: "range" }],
  ])("writes the date %s at its precision, with a note to complete", async (date, expected) => {
    const root = await fixture();
    const argv = [...FLAGS];
    argv[5] = date;
    expect((await run(root, [...argv, "--slug", "x"])).code).toBe(0);
    const result = await loadRecord(root, { includeDrafts: true, today: TODAY });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const entry = result.record.entries.find((e) => e.id === "x")!;
    expect({ date: entry.date, dateTo: entry.dateTo, datePrecision: entry.datePrecision }).toEqual({ dateTo: undefined, ...expected });
    expect(entry.dateNote).toMatch(/^TODO: /);
  });

  it("never overwrites a file, and refuses an address another entry has", async () => {
    const root = await fixture();
    expect((await run(root, FLAGS)).code).toBe(0);
    const file = path.join(root, "content/2014/2014-11-20-cabinet-agrees-budget.md");
    await writeFile(file, "mine");
    const again = await run(root, FLAGS);
    expect([again.code, again.output]).toEqual([1, "content/2014/2014-11-20-cabinet-agrees-budget.md already exists; it was not changed (choose a different title, or --slug)\nNothing was written.\n"]);
    expect(await readFile(file, "utf8")).toBe("mine");
    const argv = [...FLAGS];
    argv[5] = "2014-11-21";
    expect((await run(root, argv)).output).toBe(
      "content/2014/2014-11-20-cabinet-agrees-budget.md already has the address /timeline/cabinet-agrees-budget/; choose a different title, or --slug\nNothing was written.\n",
    );
  });

  it("explains every mistake in the flags at once, with did-you-mean and the lists to choose from", async () => {
    const root = await fixture();
    const { code, output } = await run(root, ["--kind", "cabinet-decison", "--title", "T", "--date", "2014-02-30", "--phase", "respnse", "--sources", "council-statment"]);
    expect(code).toBe(1);
    expect(output).toBe(`--kind: unknown kind "cabinet-decison"; did you mean "cabinet-decision"?
--date: "2014-02-30" is not a real date (expected YYYY-MM-DD)
--phase: unknown phase "respnse"; did you mean "response"?
--sources: unknown source "council-statment"; did you mean "council-statement"?
Nothing was written.

Kinds:
    1  inspection         Inspection
    2  inspection-report  Inspection report
    3  report             Report
    4  cabinet-decision   Cabinet decision
    5  council-decision   Council decision
    6  scrutiny           Scrutiny
    7  plan               Plan
    8  deadline           Deadline
    9  appointment        Appointment
   10  resignation        Resignation
   11  government-review  Government review
   12  statement          Statement

Phases:
    1  response  The response

Sources:
    1  council-statement  Council agrees plan (12 November 2014)
`);
  });

  it("names what is missing when it cannot ask", async () => {
    const root = await fixture();
    const { code, output } = await run(root, ["--title", "Only a title"]);
    expect(code).toBe(1);
    expect(output.split("\n").slice(0, 5)).toEqual([
      "--kind: is required (the kind of event)",
      "--date: is required (YYYY-MM-DD)",
      "--phase: is required (the id of a phase in data/site.json)",
      "--sources: is required (ids from data/sources/ (the file names without .md), separated by commas)",
      "Nothing was written.",
    ]);
  });

  it("suggests the flag meant when one is misspelt", async () => {
    const root = await fixture();
    const { code, output } = await run(root, ["--titel", "x"]);
    expect(code).toBe(2);
    expect(output.split("\n")[0]).toMatch(/Unknown option '--titel'.*; did you mean "--title"\?$/);
  });

  it("asks for each answer in a terminal, re-asking after a mistake", async () => {
    const root = await fixture();
    const { code, output } = await run(root, [], ["cabinet-decison", "4", "Cabinet decides again", "", "1", "9, council-statement", "council-statement", "Cabinet decided again.", "", "", ""]);
    expect(code).toBe(0);
    expect(output).toContain('unknown kind "cabinet-decison"; did you mean "cabinet-decision"?');
    expect(output).toContain("Date [2026-11-27]: ");
    expect(output).toContain("  unknown source \"9\"");
    expect(output).toContain("Wrote content/2026/2026-11-27-cabinet-decides-again.md");
    const text = await readFile(path.join(root, "content/2026/2026-11-27-cabinet-decides-again.md"), "utf8");
    expect(text).toContain("summary: Cabinet decided again.\n");
    expect(text).toContain("kind: cabinet-decision\n");
  });

  it("writes nothing when the questions are abandoned", async () => {
    const root = await fixture();
    const { code, output } = await run(root, [], ["4"]);
    expect(code).toBe(1);
    expect(output).toContain("Stopped; nothing was written.");
  });
});

describe("slugify", () => {
  it.each([
    ["Policy and Resources Committee approves a £2.5m emergency repairs fund", "policy-and-resources-committee-approves-2"],
    ["Ombudsman finds the council's repairs caused \"severe\" distress", "ombudsman-finds-councils-repairs-caused-severe"],
    ["Café & Bar: Ré-opening", "cafe-and-bar-re-opening"],
    ["£££", "entry"],
  ])("turns %j into %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
