import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadDataFile } from "../../src/loaders/load-data-file.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { loadSources } from "../../src/loaders/load-sources.ts";
import { readTextFile } from "../../src/loaders/read-text-file.ts";
import { surveyContent } from "../../src/loaders/survey-content.ts";
import { surveyData } from "../../src/loaders/survey-data.ts";
import { unreadable } from "../../src/loaders/unreadable.ts";
import { formatProblem, formatProblems } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

// What an editor's checkout (or a hostile pull request) can hold instead of ordinary text files,
// and the one located message each gets; nothing here may hang, crash the check or read outside.
const WHAT_BELONGS = "content/ holds only entries: Markdown files named like 2014-11-10-short-title.md, each in the folder of its year (content/2014/)";
const NOT_READ = "only ordinary text files are read (delete it, or put a file of this name here)";

let root: string;
const servers: Server[] = [];
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ar-odd-files-"));
});
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((done) => server.close(done));
  await rm(root, { recursive: true, force: true });
});

const write = async (file: string, content: string | Buffer) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};
const socketAt = async (file: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(path.join(root, file), done));
};
const read = async (file: string): Promise<string[]> => {
  const result = await readTextFile(path.join(root, file), file);
  return result.ok ? [`text: ${JSON.stringify(result.text)}`] : result.problems.map(formatProblem);
};

describe("reading a file as text", () => {
  it("refuses, unread, a folder, a device, a named pipe and a socket, each named", async () => {
    await mkdir(path.join(root, "data/site.json"), { recursive: true });
    execFileSync("mkfifo", [path.join(root, "data/pipe.json")]);
    await socketAt("data/socket.json");
    expect(await read("data/site.json")).toEqual([`data/site.json:1:1  this is a folder, not a file; ${NOT_READ}`]);
    expect(await read("data/pipe.json")).toEqual([`data/pipe.json:1:1  this is a named pipe, not a file; ${NOT_READ}`]);
    expect(await read("data/socket.json")).toEqual([`data/socket.json:1:1  this is not a regular file; ${NOT_READ}`]);
    expect(await readTextFile("/dev/null", "data/null.json")).toMatchObject({ ok: false, problem: { message: `this is a device, not a file; ${NOT_READ}` } });
  });

  it("says a file that went away, or a link that leads round in a circle, is missing or not a regular file", async () => {
    await symlink(path.join(root, "b.md"), path.join(root, "a.md"));
    await symlink(path.join(root, "a.md"), path.join(root, "b.md"));
    expect(await read("gone.md")).toEqual(["gone.md:1:1  the file is missing (it was deleted or renamed while being read)"]);
    expect(await read("a.md")).toEqual([`a.md:1:1  this is not a regular file; ${NOT_READ}`]);
  });

  it("drops a byte-order mark, so the first line is still the front matter's ---", async () => {
    await write("x.md", "\uFEFF---\ntitle: A\n---\n");
    expect(await read("x.md")).toEqual(['text: "---\\ntitle: A\\n---\\n"']);
  });

  it("keeps a zero-width no-break space written inside the text: only a mark that starts the file is dropped", async () => {
    await write("x.md", "---\ntitle: A\uFEFFB\n---\n");
    expect(await read("x.md")).toEqual(['text: "---\\ntitle: A\uFEFFB\\n---\\n"']);
  });

  it.each([
    ["a sequence cut short before ordinary text", [0x61, 0x20, 0xef, 0xbf, 0x41], "x.md:1:3  the file is not UTF-8 text (byte 0xEF here)"],
    ["a stray byte before two that end a replacement character", [0xff, 0xbf, 0xbd], "x.md:1:1  the file is not UTF-8 text (byte 0xFF here)"],
    ["a lead byte whose sequence is broken by ordinary text", [0xef, 0x41, 0xbd], "x.md:1:1  the file is not UTF-8 text (byte 0xEF here)"],
  ])("points at the first byte that is not UTF-8 in %s, which only looks like a replacement character", async (_name, bytes, message) => {
    await write("x.md", Buffer.from(bytes));
    expect(await read("x.md")).toEqual([`${message}; save it again as UTF-8`]);
  });

  it("lists the first control character of each line, at most twenty", async () => {
    await write("x.md", Array.from({ length: 22 }, (_, i) => `line ${i + 1} \u0001 and \u0002`).join("\n"));
    const problems = await read("x.md");
    expect(problems).toHaveLength(20);
    expect(problems[0]).toBe("x.md:1:8  the text contains the invisible control character U+0001, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)");
    expect(problems[19]).toMatch(/^x\.md:20:9  the text contains the invisible control character U\+0001,/);
  });

  it("points at the first byte that is not UTF-8, past a replacement character the file really holds", async () => {
    await write("x.md", Buffer.concat([Buffer.from("a \uFFFD b\nsaid \uFFFD "), Buffer.from([0xe9]), Buffer.from(" here\n")]));
    expect(await read("x.md")).toEqual(["x.md:2:8  the file is not UTF-8 text (byte 0xE9 here); save it again as UTF-8"]);
  });
});

describe("a file that could not be checked", () => {
  const failure = (code: string, message = "failed") => Object.assign(new Error(message), { code });

  it.each([
    [failure("EISDIR"), "this is a folder, not a file"],
    [failure("EACCES"), "it cannot be read (no permission)"],
    [failure("EPERM"), "it cannot be read (no permission)"],
    [failure("EIO", "i/o error, read\n    at stack"), "reading it failed (i/o error, read)"],
    [new RangeError("Maximum call stack size exceeded"), "reading it failed (Maximum call stack size exceeded)"],
    ["a thrown string", "reading it failed (a thrown string)"],
    [undefined, "reading it failed (undefined)"],
  ])("is reported at the file in plain words: %s", (error, why) => {
    expect(formatProblem(unreadable("data/x.json", error))).toBe(`data/x.json:1:1  the file could not be checked: ${why}`);
  });
});

describe("loading one data file", () => {
  it("says a missing data file must exist", async () => {
    expect((await loadDataFile(root, "data/funding.json", z.object({}))).problems.map(formatProblem)).toEqual([
      "data/funding.json:1:1  the file is missing (every data file must exist, even with an empty list)",
    ]);
  });

  it("validates an unchanged file again when asked with another schema", async () => {
    await write("data/x.json", '{ "n": 1 }');
    expect((await loadDataFile(root, "data/x.json", z.object({ n: z.number() }))).value).toEqual({ n: 1 });
    expect((await loadDataFile(root, "data/x.json", z.object({ n: z.string() }))).problems.map(formatProblem)).toEqual([
      "data/x.json:1:8  n: wrong type (expected text, got 1)",
    ]);
  });

  it("reports a data file that is a folder at the file, without reading it", async () => {
    await mkdir(path.join(root, "data/x.json"), { recursive: true });
    expect((await loadDataFile(root, "data/x.json", z.object({}))).problems.map(formatProblem)).toEqual([
      `data/x.json:1:1  this is a folder, not a file; ${NOT_READ}`,
    ]);
  });
});

describe("what content/ holds", () => {
  it("names a link to nothing, a link to a folder, a socket, a hidden file and an undated loose file; a link to a file inside is an entry", async () => {
    await write("content/2014/2014-11-10-a.md", "x");
    await symlink(path.join(root, "content/2014/2014-11-10-a.md"), path.join(root, "content/2014/2014-11-11-b.md"));
    await symlink(path.join(root, "nowhere.md"), path.join(root, "content/2014/2014-11-12-c.md"));
    await symlink(path.join(root, "content/2014"), path.join(root, "content/2015"));
    await socketAt("content/2014/2014-11-13-d.md");
    await write("content/2014/.2014-11-14-e.md", "x");
    await write("content/notes.md", "x");
    const survey = surveyContent(root);
    expect(survey.files).toEqual(["content/2014/2014-11-10-a.md", "content/2014/2014-11-11-b.md"]);
    expect(survey.problems.map(formatProblem)).toEqual([
      `content/2014/.2014-11-14-e.md:1:1  a hidden file is not an entry; delete it. ${WHAT_BELONGS}`,
      `content/2014/2014-11-12-c.md:1:1  this is a link to nothing (what it pointed to was moved or deleted), not a file; delete it. ${WHAT_BELONGS}`,
      `content/2014/2014-11-13-d.md:1:1  this is a socket, not a file; delete it. ${WHAT_BELONGS}`,
      `content/2015:1:1  this is a link to a folder, not a file; delete it. ${WHAT_BELONGS}`,
      `content/notes.md:1:1  an entry must be in the folder of its year (move it to content/YEAR/). ${WHAT_BELONGS}`,
    ]);
  });

  it("says when content/ is missing, is a file, or is a link leading outside the project", async () => {
    expect(surveyContent(root).problems.map(formatProblem)).toEqual(["content:1:1  the content folder is missing (expected a folder of entries, even an empty one)"]);
    await write("content", "x");
    expect(surveyContent(root).problems.map(formatProblem)).toEqual(["content:1:1  this is a file, not a folder (expected a folder of entries)"]);
    await rm(path.join(root, "content"));
    await symlink(tmpdir(), path.join(root, "content"));
    expect(surveyContent(root)).toEqual({
      files: [],
      problems: [{ file: "content", line: 1, column: 1, field: "", message: `this is a link to a file outside the project, which is never read; put the file itself here. ${WHAT_BELONGS}` }],
      stamps: new Map(),
    });
  });
});

describe("what data/ holds", () => {
  const known = ["data/site.json", "data/funding.json"];

  it("refuses every data file when data/ is a file or a link leading outside, and nothing when it is missing", async () => {
    expect(surveyData(root, known)).toEqual({ problems: [], refused: new Set() });
    await write("data", "x");
    expect(surveyData(root, known)).toEqual({
      problems: [{ file: "data", line: 1, column: 1, field: "", message: "this is a file, not a folder (expected the folder of data files)" }],
      refused: new Set(known),
    });
    await rm(path.join(root, "data"));
    await symlink(tmpdir(), path.join(root, "data"));
    const outside = surveyData(root, known);
    expect(outside.problems.map(formatProblem)).toEqual(["data:1:1  this is a link to a file outside the project, which is never read; put the file itself here"]);
    expect([...outside.refused].sort()).toEqual(["data", ...known].sort());
  });

  it("asks for a stray pipe to be deleted, and leaves folders and files below data/ to their readers", async () => {
    await write("data/site.json", "{}");
    await write("data/sources/a.md", "x");
    await write("data/notes/readme.txt", "x");
    execFileSync("mkfifo", [path.join(root, "data/stray")]);
    expect(surveyData(root, known).problems.map(formatProblem)).toEqual(["data/stray:1:1  this is a named pipe, not a file; delete it"]);
  });
});

describe("data/sources/", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());
  const problemsOf = async (arrange: (fixture: string) => Promise<void>) => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    await arrange(fixture.root);
    const result = await loadRecord(fixture.root, { today: "2026-01-01" });
    return result.ok ? "valid" : formatProblems(result.problems);
  };

  it("never reads a source that is a link leading outside the project, nor what a link to the folder leads to", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "ar-outside-"));
    try {
      await writeFile(path.join(outside, "secret.md"), "---\ntitle: SECRET\nkind: [x\n---\nSECRET TEXT\n");
      const linkedSource = await problemsOf((fixture) => symlink(path.join(outside, "secret.md"), path.join(fixture, "data/sources/secret.md")));
      expect(linkedSource).toBe([
        "data/sources/secret.md:1:1  this is a link to a file outside the project, which is never read; put the file itself here",
        "1 problem in 1 file. How to write the data files: CONTENT.md#data-files",
      ].join("\n"));
      const linkedFolder = await problemsOf(async (fixture) => {
        await rm(path.join(fixture, "data/sources"), { recursive: true });
        await symlink(outside, path.join(fixture, "data/sources"));
      });
      expect(linkedFolder).toMatch(/^data\/sources:1:1 {2}this is a link to a file outside the project, which is never read; put the file itself here\n/);
      expect(linkedFolder).not.toMatch(/SECRET|secret\.md/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("says a data/sources that is a file is not a folder, rather than crashing the check", async () => {
    const output = await problemsOf(async (fixture) => {
      await rm(path.join(fixture, "data/sources"), { recursive: true });
      await writeFile(path.join(fixture, "data/sources"), "x");
    });
    expect(output).toMatch(/^data\/sources:1:1 {2}this is not one of the record's data files, and nothing else in data\/ is ever read \(expected only site\.json, /);
    await write("data/sources", "x");
    expect((await loadSources(root)).problems.map(formatProblem)).toEqual([
      "data/sources:1:1  this is a file, not a folder (the record keeps one file per source there, such as data/sources/council-statement.md)",
    ]);
  });

  it("refuses any other file by name, and lists every control character a source holds", async () => {
    const output = await problemsOf(async (fixture) => {
      await writeFile(path.join(fixture, "data/sources/notes.txt"), "x");
      const text = await readFile(path.join(fixture, "data/sources/council-statement.md"), "utf8");
      await writeFile(path.join(fixture, "data/sources/council-statement.md"), text.replace("Council agrees plan", "Council\u0007 agrees plan").replace("agreed the plan", "agreed\u0008 the plan"));
    });
    expect(output).toBe([
      "data/sources/council-statement.md:2:15  the text contains the invisible control character U+0007, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)",
      "data/sources/council-statement.md:12:64  the text contains the invisible control character U+0008, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)",
      'data/sources/notes.txt:1:1  only source files belong in data/sources/, each named with the source\'s id then .md (expected something like council-statement.md, got "notes.txt"); rename it or move it out',
      "3 problems in 2 files. How to write the data files: CONTENT.md#data-files",
    ].join("\n"));
  });
});

describe("a data file that trips up its reader", () => {
  it("is that file's problem, never a crash of the whole check", async () => {
    await write("data/x.json", '{ "n": 1 }');
    const throwing = z.object({ n: z.number() }).refine(() => {
      throw new Error("the rule broke\n    at refine");
    });
    expect((await loadDataFile(root, "data/x.json", throwing)).problems.map(formatProblem)).toEqual(["data/x.json:1:1  the file could not be checked: reading it failed (the rule broke)"]);
  });

  it("with a field name written twice in two places reports both", async () => {
    await write("data/x.json", '{ "a": 1, "a": 2,\n  "b": { "c": 1, "c": 2 } }');
    expect((await loadDataFile(root, "data/x.json", z.object({}))).problems.map(formatProblem)).toEqual([
      'data/x.json:1:11  the field "a" appears twice in the same object; keep one (JSON would silently use the last)',
      'data/x.json:2:18  the field "c" appears twice in the same object; keep one (JSON would silently use the last)',
    ]);
  });
});
