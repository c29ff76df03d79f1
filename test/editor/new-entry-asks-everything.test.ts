import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { financialYearOf, newEntryCommand } from "../../src/editor/new-entry-command.ts";
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

const lastOf = async (root: string, file: string, list: string) => (JSON.parse(await readFile(path.join(root, file), "utf8")) as Record<string, unknown[]>)[list]!.at(-1);

const ENTRY = `---
title: Cabinet approves £2m for social workers
date: 2014-11-20
datePrecision: day
kind: cabinet-decision
phase: response
summary: Cabinet agreed to spend £2m on more social workers.
sources:
  - council-statement
  - cabinet-minutes-20-november-2014
decidedBy:
  - cabinet
people:
  - martin-tett
funding:
  - more-social-workers
draft: true # shown by npm start, never published: delete this line when the entry is ready
---
`;

/** `npm run new` asks for everything an ordinary decision needs, so nobody opens a JSON file. */
describe("npm run new: people, money and a new source", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());
  const fixture = async () => {
    const f = await minimalRecordWith();
    cleanup = f.cleanup;
    return f.root;
  };
  const expectValid = async (root: string) => {
    const result = await loadRecord(root, { includeDrafts: true, today: TODAY });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
  };

  it("asks who was involved, who decided, the money in pounds and a new source, and writes each where it belongs", async () => {
    const root = await fixture();
    const answers = [
      "Cabinet decision", "Cabinet approves £2m for social workers", "2014-11-20", "", "1, new",
      // the new source
      "Cabinet minutes, 20 November 2014", "council-statement", "2014-11-20", "Example Council", "https://example.org/minutes",
      "Cabinet agreed to spend £2m on more social workers.",
      "Martin Tett", "2",
      // a sum, with a mistake first, then none more
      "two million", "£2m", "More social workers", "general-reserves", "approved", "", "",
    ];
    const { code, output } = await run(root, [], answers);
    expect(output).toContain('  "two million" is not an amount in pounds (expected a number such as 4800000, 4,800,000.50 or £4.8m)');
    expect(output).toContain("Financial year [2014/15]: ");
    expect(code).toBe(0);
    expect(output).toContain("Wrote data/sources/cabinet-minutes-20-november-2014.md: paste the document's text into it after the closing ---\nAdded \"more-social-workers\" to data/funding.json\n");
    const text = await readFile(path.join(root, "content/2014/2014-11-20-cabinet-approves-2m-for-social-workers.md"), "utf8");
    expect(text.startsWith(ENTRY)).toBe(true);
    // One sum with its first stage, recorded by the new entry, as data/funding.json holds every sum
    expect(await lastOf(root, "data/funding.json", "sums")).toEqual({
      id: "more-social-workers", label: "More social workers", amountPence: 200_000_000, fund: "general-reserves", financialYear: "2014/15",
      stages: [{ stage: "approved", entry: "cabinet-approves-2m-for-social-workers", decidedBy: "cabinet", sources: ["council-statement", "cabinet-minutes-20-november-2014"] }],
    });
    // A file of its own, named by its id; another publisher's until the editor says otherwise, and the copy still to paste in
    expect(await readFile(path.join(root, "data/sources/cabinet-minutes-20-november-2014.md"), "utf8")).toBe(`---
title: Cabinet minutes, 20 November 2014
publisher: Example Council
kind: council-statement
date: 2014-11-20
datePrecision: day
publish: passages-only
url: https://example.org/minutes
---
TODO: paste the document's text here, exactly as held (every citation's words must be found in it)
`);
    await expectValid(root);
  });

  it("takes the same as flags", async () => {
    const root = await fixture();
    const { code, output } = await run(root, [
      "--kind", "cabinet-decision", "--title", "Cabinet approves £2m for social workers", "--date", "2014-11-20", "--phase", "response",
      "--sources", "council-statement", "--summary", "Cabinet agreed to spend £2m on more social workers.", "--people", "martin-tett", "--decided-by", "cabinet",
      "--amount", "2,000,000", "--sum-label", "More social workers", "--fund", "general-reserves", "--stage", "approved",
      "--new-source-title", "Cabinet minutes, 20 November 2014", "--new-source-kind", "council-statement", "--new-source-date", "2014-11-20",
    ]);
    expect([code, output.split("\n")[0]]).toEqual([0, "Wrote content/2014/2014-11-20-cabinet-approves-2m-for-social-workers.md"]);
    const text = await readFile(path.join(root, "content/2014/2014-11-20-cabinet-approves-2m-for-social-workers.md"), "utf8");
    expect(text.startsWith(ENTRY)).toBe(true);
    expect(await lastOf(root, "data/funding.json", "sums")).toMatchObject({ amountPence: 200_000_000, financialYear: "2014/15", stages: [{ stage: "approved" }] });
    await expectValid(root);
  });

  it("takes a sum already recorded to its next stage, recorded by the new entry", async () => {
    const root = await fixture();
    // The fixture's sum, recommended by cabinet and not yet approved
    const file = path.join(root, "data/funding.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"stage": "approved"', '"stage": "recommended"'));
    const { code, output } = await run(root, [
      "--kind", "council-decision", "--title", "Council approves the reserves release", "--date", "2014-12-10", "--phase", "response",
      "--sources", "council-statement", "--summary", "Full council approved the release from reserves.", "--decided-by", "cabinet",
      "--next-stage-of", "reserves-release", "--stage", "approved",
    ]);
    expect([code, output.split("\n").slice(0, 2)]).toEqual([0, [
      "Wrote content/2014/2014-12-10-council-approves-reserves-release.md",
      'Added the stage "approved" to "reserves-release" in data/funding.json',
    ]]);
    const sum = (JSON.parse(await readFile(path.join(root, "data/funding.json"), "utf8")) as { sums: { id: string; stages: unknown[] }[] }).sums.find((s) => s.id === "reserves-release")!;
    expect(sum.stages.at(-1)).toEqual({ stage: "approved", entry: "council-approves-reserves-release", decidedBy: "cabinet", sources: ["council-statement"] });
    const text = await readFile(path.join(root, "content/2014/2014-12-10-council-approves-reserves-release.md"), "utf8");
    expect(text).toContain("funding:\n  - reserves-release\n");
    await expectValid(root);
  });

  it("suggests the kind meant when only part of it is given, and writes nothing", async () => {
    const root = await fixture();
    const before = await readFile(path.join(root, "data/funding.json"), "utf8");
    const { code, output } = await run(root, ["--kind", "cabinet", "--title", "T", "--date", "2014-11-20", "--phase", "response", "--sources", "council-statement", "--amount", "£2m", "--sum-label", "S", "--fund", "reserve", "--stage", "agreed"]);
    expect(code).toBe(1);
    expect(output.split("\n").slice(0, 4)).toEqual([
      '--kind: unknown kind "cabinet"; did you mean "cabinet-decision"?',
      '--fund: unknown fund "reserve"; did you mean "reserves"?',
      '--stage: unknown stage "agreed" (expected a number from the list, or one of proposed, recommended, approved)',
      "Nothing was written.",
    ]);
    expect(await readFile(path.join(root, "data/funding.json"), "utf8")).toBe(before);
  });

  it.each([
    ["2014-11-20", "2014/15"],
    ["2015-03-31", "2014/15"],
    ["2015-04-01", "2015/16"],
    ["1999-06-01", "1999/00"],
  ])("puts %s in the financial year %s", (date, year) => {
    expect(financialYearOf(date)).toBe(year);
  });
});
