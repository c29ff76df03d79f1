import { execFileSync } from "node:child_process";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

// Issue 9: what a hostile (or unlucky) pull request can put in content/ and data/. Each is refused
// with the file named and what to do, all at once, and nothing is opened that could hang the check.
const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const ENTRY_TEXT = () => readFile(path.join(fixturesDir, "minimal", ENTRY), "utf8");
const WHAT_BELONGS = "content/ holds only entries: Markdown files named like 2014-11-10-short-title.md, each in the folder of its year (content/2014/)";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

/** The minimal record with `overlay` fixtures laid over it and `arrange` run in it; what check prints. */
async function problemsOf(overlay: Record<string, string>, arrange: (root: string) => Promise<void> = async () => {}, includeDrafts = true): Promise<string> {
  const fixture = await minimalRecordWith(overlay);
  cleanup = fixture.cleanup;
  await arrange(fixture.root);
  const result = await loadRecord(fixture.root, { includeDrafts, today: "2026-11-27" });
  return result.ok ? "valid" : formatProblems(result.problems);
}

const write = (root: string, file: string, text: string) => mkdir(path.dirname(path.join(root, file)), { recursive: true }).then(() => writeFile(path.join(root, file), text));

describe("content/ holds only entries", () => {
  it("refuses templates and data files, which Eleventy would once have run or merged", async () => {
    expect(await problemsOf({ "content/2014/notes.njk": "attacks/notes.njk", "content/content.11tydata.json": "attacks/content.11tydata.json", "content/2014/logo.njk": "attacks/logo.njk" }, (root) => write(root, "content/2014/x.11tydata.js", "export default { eleventyComputed: {} };"))).toBe([
      `content/2014/logo.njk:1:1  this is not an entry, and nothing else in content/ is ever read or published (templates, data and other files are refused); delete it or move it out. ${WHAT_BELONGS}`,
      `content/2014/notes.njk:1:1  this is not an entry, and nothing else in content/ is ever read or published (templates, data and other files are refused); delete it or move it out. ${WHAT_BELONGS}`,
      `content/2014/x.11tydata.js:1:1  this is not an entry, and nothing else in content/ is ever read or published (templates, data and other files are refused); delete it or move it out. ${WHAT_BELONGS}`,
      `content/content.11tydata.json:1:1  this is not an entry, and nothing else in content/ is ever read or published (templates, data and other files are refused); delete it or move it out. ${WHAT_BELONGS}`,
      "4 problems in 4 files. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });

  it("refuses a named pipe without opening it (reading one waits forever), a folder named like an entry, and other folders", async () => {
    const started = Date.now();
    const output = await problemsOf({}, async (root) => {
      execFileSync("mkfifo", [path.join(root, "content/2014/2014-11-11-pipe.md")]);
      await mkdir(path.join(root, "content/2014/2014-11-12-folder.md"));
      await mkdir(path.join(root, "content/2014/drafts"));
      await mkdir(path.join(root, "content/notes"));
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(output).toBe([
      `content/2014/2014-11-11-pipe.md:1:1  this is a named pipe, not a file; delete it. ${WHAT_BELONGS}`,
      `content/2014/2014-11-12-folder.md:1:1  this is a folder named like an entry; entries are files. ${WHAT_BELONGS}`,
      `content/2014/drafts:1:1  this folder is not a year folder; move its entries to content/YEAR/ and delete it. ${WHAT_BELONGS}`,
      `content/notes:1:1  this folder is not a year folder; move its entries to content/YEAR/ and delete it. ${WHAT_BELONGS}`,
      "4 problems in 4 files. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });

  it("refuses links that lead outside the project, and never reads them", async () => {
    const secret = path.join(tmpdir(), `ar-secret-${process.pid}.md`);
    await writeFile(secret, "---\ntitle: SECRET\n---\n");
    const output = await problemsOf({}, async (root) => {
      await symlink(secret, path.join(root, "content/2014/2014-11-11-link.md"));
      await symlink(tmpdir(), path.join(root, "content/2015"));
    });
    expect(output).toBe([
      `content/2014/2014-11-11-link.md:1:1  this is a link to a file outside the project, which is never read; put the file itself here. ${WHAT_BELONGS}`,
      `content/2015:1:1  this is a link to a file outside the project, which is never read; put the file itself here. ${WHAT_BELONGS}`,
      "2 problems in 2 files. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
    expect(output).not.toContain("SECRET");
  });

  it("says where an entry outside its year folder belongs, and what an entry's name must end in", async () => {
    const text = await ENTRY_TEXT();
    const output = await problemsOf({}, async (root) => {
      await write(root, "content/2014-11-11-loose.md", text);
      await write(root, "content/2015/2014-11-11-wrong-year.md", text);
      await write(root, "content/2014/2014-11-11-shouting.MD", text);
      await write(root, "content/2014/2014-11-11-long.markdown", text);
    });
    expect(output).toBe([
      `content/2014-11-11-loose.md:1:1  an entry must be in the folder of its year (move it to content/2014/). ${WHAT_BELONGS}`,
      "content/2014/2014-11-11-long.markdown:1:1  an entry's file name must end in .md, in lower case (rename it to 2014-11-11-long.md)",
      "content/2014/2014-11-11-shouting.MD:1:1  an entry's file name must end in .md, in lower case (rename it to 2014-11-11-shouting.md)",
      "content/2015/2014-11-11-wrong-year.md:1:1  this entry is dated 2014 but is in content/2015/; move it to content/2014/",
      "4 problems in 4 files. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });
});

describe("data/ holds only the data files, each a file", () => {
  it("refuses a data file that is a folder or a named pipe, a link leading outside, and any other file", async () => {
    const output = await problemsOf({}, async (root) => {
      const { rm } = await import("node:fs/promises");
      await rm(path.join(root, "data/funding.json"));
      await mkdir(path.join(root, "data/funding.json"));
      await rm(path.join(root, "data/glossary.json"));
      execFileSync("mkfifo", [path.join(root, "data/glossary.json")]);
      await rm(path.join(root, "data/statistics.json"));
      await symlink("/etc/passwd", path.join(root, "data/statistics.json"));
      await write(root, "data/site.11tydata.js", "export default {};");
    });
    expect(output).toBe([
      "data/funding.json:1:1  this is a folder, not a file; put the data file itself here",
      "data/glossary.json:1:1  this is a named pipe, not a file; put the data file itself here",
      "data/site.11tydata.js:1:1  this is not one of the record's data files, and nothing else in data/ is ever read (expected only site.json, vocabularies.json, funding.json, people.json, sources.json, statistics.json, promises.json, glossary.json); delete it or move it out",
      "data/statistics.json:1:1  this is a link to a file outside the project, which is never read; put the file itself here",
      "4 problems in 4 files. How to write the data files: CONTENT.md#data-files",
    ].join("\n"));
  });
});

describe("front matter", () => {
  it("ends only at a line of ---, so a line of more dashes cannot turn draft: true into body text", async () => {
    expect(await problemsOf({ [ENTRY]: "attacks/dashes-end-front-matter-early.md" })).toBe([
      `${ENTRY}:10:1  this line starts with --- but is not the closing line: the front matter ends only at a line holding just --- (delete this line, or make it a YAML comment starting with #)`,
      "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });

  it.each([
    ["an alias that names nothing", "attacks/undefined-alias.md", `${ENTRY}:7:10  the front matter uses the YAML alias *nope; write the value out in full instead`],
    ["many copies of one value", "attacks/alias-bomb.md", `${ENTRY}:9:8  the front matter uses the YAML alias *a; write the value out in full instead`],
    ["a tag", "attacks/binary-tag.md", `${ENTRY}:2:8  the front matter uses the YAML tag !!binary, which is not allowed; remove it and write the value as plain text`],
  ])("refuses %s, located", async (_name, fixture, expected) => {
    expect(await problemsOf({ [ENTRY]: fixture })).toBe(`${expected}\n1 problem in 1 file. How to write an entry: CONTENT.md#front-matter`);
  });

  it("says a file with old Mac line ends (CR alone) has them, not that it has no front matter", async () => {
    const text = (await ENTRY_TEXT()).replace(/\n/g, "\r");
    expect(await problemsOf({}, (root) => write(root, ENTRY, text))).toBe([
      `${ENTRY}:1:4  this line ends with a carriage return alone (old Mac line ends); save the file with LF (Unix) or CRLF (Windows) line ends`,
      "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });
});

describe("invisible control characters", () => {
  it("are refused where they are written raw, in front matter and body alike", async () => {
    const text = (await ENTRY_TEXT()).replace("title: Cabinet decides", "title: Cabinet \u001b[2Jdecides").replace("Cabinet released £4.8m.", "Cabinet\u0000 released £4.8m.\u0001");
    expect(await problemsOf({}, (root) => write(root, ENTRY, text))).toBe([
      `${ENTRY}:2:16  the text contains the invisible control character U+001B, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      `${ENTRY}:17:8  the text contains the invisible control character U+0000, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      "2 problems in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });

  it("are refused in any field however they are written: YAML escapes, JSON escapes, field names", async () => {
    const people = (await readFile(path.join(fixturesDir, "minimal/data/people.json"), "utf8")).replace('"name": "Cabinet"', '"name": "Cab\\u0007inet", "description": "\\ud800"');
    expect(await problemsOf({ [ENTRY]: "attacks/escaped-control-character.md" }, (root) => write(root, "data/people.json", people))).toBe([
      `${ENTRY}:2:8  title: contains the invisible control character U+001B, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      `${ENTRY}:7:10  summary: contains the invisible control character U+000B, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      "data/people.json:4:32  people[1].name: contains the invisible control character U+0007, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)",
      "data/people.json:4:64  people[1].description: contains the invisible control character U+D800, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)",
      "4 problems in 2 files. How to fix each message: CONTENT.md#error-messages",
    ].join("\n"));
  });

  it("in a field name cannot forge a GitHub Actions workflow command: no problem line holds a line break or starts with ::", async () => {
    const output = await problemsOf({ [ENTRY]: "attacks/workflow-command-key.md" });
    expect(output).toBe([
      `${ENTRY}:10:1  x\\u000A::error file=README.md::fake failure: the field name contains the invisible control character U+000A, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      `${ENTRY}:10:1  x\\u000A::error file=README.md::fake failure: unknown field; expected one of title, date, datePrecision, dateTo, dateNote, kind, phase, summary, sources, people, decidedBy, funding, quotes, tags, otherAmounts, order, draft, updates`,
      `${ENTRY}:11:1  ::stop-commands::token: unknown field; expected one of title, date, datePrecision, dateTo, dateNote, kind, phase, summary, sources, people, decidedBy, funding, quotes, tags, otherAmounts, order, draft, updates`,
      "3 problems in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
    for (const line of output.split("\n")) expect(line).not.toMatch(/^\s*::/);
  });
});

describe("JSON data", () => {
  it("refuses a field name written twice in one object, at the second, instead of keeping the last silently", async () => {
    expect(await problemsOf({ "data/funding.json": "attacks/duplicate-keys.json" })).toBe([
      'data/funding.json:13:7  the field "amountPence" appears twice in the same object; keep one (JSON would silently use the last)',
      "1 problem in 1 file. How to write the data files: CONTENT.md#data-files",
    ].join("\n"));
  });

  it("refuses nesting 10,000 deep with a message, not a stack overflow", async () => {
    const deep = `{ "terms": ${"[".repeat(10_000)}${"]".repeat(10_000)} }`;
    expect(await problemsOf({}, (root) => write(root, "data/glossary.json", deep))).toBe([
      "data/glossary.json:1:43  the file is nested too deeply: lists and objects may be nested at most 32 levels",
      "1 problem in 1 file. How to write the data files: CONTENT.md#data-files",
    ].join("\n"));
  });

  it.each([
    ["0", "must be more than 0 pence (got 0); leave out a sum of nothing"],
    ["-0", "must be more than 0 pence (got 0); leave out a sum of nothing"],
    ["-500", "must be more than 0 pence (got -500); write the amount without a minus sign"],
    ["9007199254740993", "is too large to be held exactly (at most 9007199254740991 pence); check the number of digits"],
    ["4800000.5", "4800000.5 is not a whole number of pence (expected the amount times 100: 4.8 million is written 480000000)"],
  ])("says what is wrong with %s pence", async (amount, message) => {
    const funding = (await readFile(path.join(fixturesDir, "minimal/data/funding.json"), "utf8")).replace("480000000", amount);
    expect(await problemsOf({}, (root) => write(root, "data/funding.json", funding))).toBe(
      `data/funding.json:6:22  sums[0].amountPence: ${message}\n1 problem in 1 file. How to write the data files: CONTENT.md#data-files`,
    );
  });
});

describe("drafts in production", () => {
  const DRAFT = "content/2014/2014-11-12-secret-draft-decision.md";
  const withSecrets = async (root: string) => {
    const sources = JSON.parse(await readFile(path.join(root, "data/sources.json"), "utf8")) as { sources: object[] };
    sources.sources.push(
      { id: "secret-leaked-memo", title: "SECRET leaked memo", kind: "news-report", date: "2014-11-12", datePrecision: "day" },
      { id: "shown-anyway", title: "A source listed on its own", kind: "news-report", date: "2014-11-12", datePrecision: "day", standalone: true },
    );
    await write(root, "data/sources.json", JSON.stringify(sources));
    const people = JSON.parse(await readFile(path.join(root, "data/people.json"), "utf8")) as { people: object[] };
    people.people.push({ id: "secret-person", name: "Secret Person", type: "person" });
    await write(root, "data/people.json", JSON.stringify(people));
    await write(root, "data/glossary.json", JSON.stringify({ terms: [
      { id: "leaked-memo", term: "Leaked memo", definition: "Only the draft says this." },
      { id: "reserves", term: "Reserves", definition: "Money set aside; the published entry says it." },
      { id: "precept", term: "Precept", definition: "Listed on its own.", standalone: true },
    ] }));
  };

  it("leave out the sources, people and glossary terms only drafts use, unless marked standalone", async () => {
    const fixture = await minimalRecordWith({ [DRAFT]: "attacks/draft-only-references.md" });
    cleanup = fixture.cleanup;
    await withSecrets(fixture.root);
    const preview = await loadRecord(fixture.root, { includeDrafts: true, today: "2026-11-27" });
    const production = await loadRecord(fixture.root, { today: "2026-11-27" });
    if (!preview.ok || !production.ok) throw new Error(formatProblems([...(preview.ok ? [] : preview.problems), ...(production.ok ? [] : production.problems)]));
    expect(preview.record.sources.map((s) => s.id)).toEqual(["council-statement", "secret-leaked-memo", "shown-anyway"]);
    expect(production.record.sources.map((s) => s.id)).toEqual(["council-statement", "shown-anyway"]);
    expect(production.record.people.map((p) => p.id)).toEqual(["martin-tett", "cabinet"]);
    expect(production.record.glossary.map((t) => t.id)).toEqual(["reserves", "precept"]);
    expect(JSON.stringify(production.record)).not.toMatch(/secret|leaked/i);
  });

  it("a published entry that links to a draft, or to no entry, is a problem at the link", async () => {
    expect(await problemsOf({ [ENTRY]: "attacks/links-to-draft.md", [DRAFT]: "drafts/content/2014/2014-11-12-secret-draft-decision.md", "data/funding.json": "drafts/data/funding.json" }, async (root) => {
      // The published entry no longer records the funding line, so only the links are wrong.
      const funding = JSON.parse(await readFile(path.join(root, "data/funding.json"), "utf8")) as { sums: { stages: { entry: string }[] }[] };
      await write(root, "data/funding.json", JSON.stringify({ sums: funding.sums.filter((s) => s.stages.every((stage) => stage.entry !== "cabinet-decides")) }));
    })).toBe([
      `${ENTRY}:13:17  body: links to "/timeline/secret-draft-decision/", the entry "secret-draft-decision", which is a draft and will not be published; publish that entry first or remove the link`,
      `${ENTRY}:13:70  body: links to "../secret-draft-decision/", the entry "secret-draft-decision", which is a draft and will not be published; publish that entry first or remove the link`,
      `${ENTRY}:14:33  body: links to "/timeline/cabinet-decidez/", but no entry has that address; did you mean "cabinet-decides"?`,
      "3 problems in 1 file. How to write an entry: CONTENT.md#front-matter",
    ].join("\n"));
  });
});

describe("ids and the pages' own anchors", () => {
  it("refuses a record id that repeats an element id the templates write (main, scale, …)", async () => {
    const output = await problemsOf({}, async (root) => {
      await write(root, "data/glossary.json", '{ "terms": [\n  { "id": "main", "term": "Main", "definition": "x", "standalone": true },\n  { "id": "scale", "term": "Scale", "definition": "y", "standalone": true }\n] }\n');
    });
    expect(output).toBe([
      'data/glossary.json:2:11  terms[0].id: "main" is also the id of an element the site\'s pages write (id="main"), so the two would collide on a page; choose another id',
      'data/glossary.json:3:11  terms[1].id: "scale" is also the id of an element the site\'s pages write (id="scale"), so the two would collide on a page; choose another id',
      "2 problems in 1 file. How to write the data files: CONTENT.md#data-files",
    ].join("\n"));
  });
});
