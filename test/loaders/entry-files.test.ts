import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { templateAnchors } from "../../src/loaders/template-anchors.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const ENTRY_HINT = "How to write an entry: CONTENT.md#front-matter";
const DATA_HINT = "How to write the data files: CONTENT.md#data-files";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

/** What `npm run check` prints for the minimal record once `arrange` has changed it. */
async function reportFor(arrange: (root: string, entry: string) => Promise<void>): Promise<string> {
  const fixture = await minimalRecordWith();
  cleanup = fixture.cleanup;
  const entry = await readFile(path.join(fixturesDir, "minimal", ENTRY), "utf8");
  await arrange(fixture.root, entry);
  const result = await loadRecord(fixture.root, { today: "2026-01-01" });
  return result.ok ? "valid" : formatProblems(result.problems);
}
const renameEntry = (root: string, entry: string, name: string, text = entry) =>
  rm(path.join(root, ENTRY)).then(() => writeFile(path.join(root, "content/2014", name), text));

describe("an entry's file name", () => {
  it("must be the date then lower-case words joined by hyphens", async () => {
    expect(await reportFor((root, entry) => renameEntry(root, entry, "2014-11-10-Cabinet_Decides.md"))).toBe([
      'content/2014/2014-11-10-Cabinet_Decides.md:1:1  the file name must be the date then a short title in lower-case words joined by hyphens (expected something like 2014-11-10-cabinet-approves-plan.md, got "2014-11-10-Cabinet_Decides.md")',
      `1 problem in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });

  it("is reported together with the fields' own problems", async () => {
    expect(await reportFor((root, entry) => renameEntry(root, entry, "2014-11-10-Cabinet.md", entry.replace(/^title: .*$/m, "")))).toBe([
      'content/2014/2014-11-10-Cabinet.md:1:1  the file name must be the date then a short title in lower-case words joined by hyphens (expected something like 2014-11-10-cabinet-approves-plan.md, got "2014-11-10-Cabinet.md")',
      "content/2014/2014-11-10-Cabinet.md:3:1  title: is required but missing (expected text)",
      `2 problems in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });

  it("must start with the entry's date, reported at the date", async () => {
    expect(await reportFor((root, entry) => renameEntry(root, entry, "2014-11-11-cabinet-decides.md"))).toBe([
      'content/2014/2014-11-11-cabinet-decides.md:3:7  date: does not match the date in the file name (the file name starts 2014-11-11, got "2014-11-10"); rename the file or correct the date',
      `1 problem in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });

  it("gives the entry its id and web address", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-01-01" });
    expect(result.ok && result.record.entries.map((e) => [e.id, e.url, e.file, e.bodyLine])).toEqual([["cabinet-decides", "/timeline/cabinet-decides/", ENTRY, 17]]);
  });
});

describe("any field's value", () => {
  it("nested deeper than 32 levels is refused before the schema reads it", async () => {
    expect(await reportFor((root, entry) => writeFile(path.join(root, ENTRY), entry.replace(/^title: .*$/m, `title: ${"[".repeat(33)}${"]".repeat(33)}`)))).toBe([
      `${ENTRY}:2:39  title${"[0]".repeat(31)}: is nested too deeply: lists and fields may be nested at most 32 levels`,
      `1 problem in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });

  it("nested 32 levels deep, the front matter's own included, is only the wrong type", async () => {
    expect(await reportFor((root, entry) => writeFile(path.join(root, ENTRY), entry.replace(/^title: .*$/m, `title: ${"[".repeat(31)}${"]".repeat(31)}`)))).toBe([
      `${ENTRY}:2:8  title: wrong type (expected text, got a list)`,
      `1 problem in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });

  it("holding a control character written as an escape is reported once", async () => {
    expect(await reportFor((root, entry) => writeFile(path.join(root, ENTRY), entry.replace(/^title: .*$/m, 'title: "a\\u0007"')))).toBe([
      `${ENTRY}:2:8  title: contains the invisible control character U+0007, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`,
      `1 problem in 1 file. ${ENTRY_HINT}`,
    ].join("\n"));
  });
});

describe("the data files", () => {
  it("say how to bring a record from before vocabularies up to date, and that every other file must exist", async () => {
    expect(await reportFor((root) => rm(path.join(root, "data/vocabularies.json")))).toBe([
      "data/vocabularies.json:1:1  the file is missing: it declares the record's kinds, funds, money stages and statuses (see CONTENT.md#vocabularies); for a record from before vocabularies, npm run migrate writes it",
      `1 problem in 1 file. ${DATA_HINT}`,
    ].join("\n"));
    expect(await reportFor((root) => rm(path.join(root, "data/people.json")))).toBe([
      "data/people.json:1:1  the file is missing (every data file must exist, even with an empty list)",
      `1 problem in 1 file. ${DATA_HINT}`,
    ].join("\n"));
  });
});

describe("what is checked when part of the record could not be read", () => {
  it("an entry refused for where it is leaves no reference to it reported as dangling", async () => {
    expect(await reportFor(async (root) => {
      await mkdir(path.join(root, "content/2015"));
      await rename(path.join(root, ENTRY), path.join(root, "content/2015/2014-11-10-cabinet-decides.md"));
    })).toBe(["content/2015/2014-11-10-cabinet-decides.md:1:1  this entry is dated 2014 but is in content/2015/; move it to content/2014/", `1 problem in 1 file. ${ENTRY_HINT}`].join("\n"));
  });

  it("without the site settings, the other files' references are not checked", async () => {
    expect(await reportFor(async (root) => {
      await rm(path.join(root, "data/site.json"));
      await writeFile(path.join(root, "data/people.json"), '{ "people": [] }');
    })).toBe(["data/site.json:1:1  the file is missing (every data file must exist, even with an empty list)", `1 problem in 1 file. ${DATA_HINT}`].join("\n"));
  });

  it("a vocabularies file that is there but broken gets no hint about migrating", async () => {
    expect(await reportFor((root) => writeFile(path.join(root, "data/vocabularies.json"), "{ nope"))).toBe(
      ["data/vocabularies.json:1:3  the file is not valid JSON: this is not valid JSON (text values need double quotes)", `1 problem in 1 file. ${DATA_HINT}`].join("\n"),
    );
  });

  it("a data/sources leading outside the project is reported alone: no citation of a source it would hold is called unknown", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "ar-outside-"));
    try {
      expect(await reportFor(async (root) => {
        await rm(path.join(root, "data/sources"), { recursive: true });
        await symlink(outside, path.join(root, "data/sources"));
      })).toBe(["data/sources:1:1  this is a link to a file outside the project, which is never read; put the file itself here", `1 problem in 1 file. ${DATA_HINT}`].join("\n"));
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe("templateAnchors", () => {
  let includes: string;
  afterEach(() => rm(includes, { recursive: true, force: true }));

  it("lists the ids the templates write, and the text around each id they fill in, once each, in every folder below", async () => {
    includes = await mkdtemp(path.join(tmpdir(), "ar-includes-"));
    await mkdir(path.join(includes, "partials"));
    await writeFile(path.join(includes, "page.njk"), '<main id="main"><p id="source-{{ source.id }}"></p><p id="{{ a }}-{{ b }}"></p></main>');
    await writeFile(path.join(includes, "partials/list.njk"), '<ol id="scale"><li id="source-{{ s.id }}"></li><li id="{{ p.anchor }}-text"></li></ol>');
    await writeFile(path.join(includes, "partials/notes.md"), '<p id="not-a-template"></p>');
    const anchors = templateAnchors(includes);
    expect([...anchors.fixed].sort()).toEqual(["main", "scale"]);
    expect(anchors.around).toEqual(expect.arrayContaining([{ before: "source-", after: "" }, { before: "", after: "-text" }]));
    expect(anchors.around).toHaveLength(2);
  });

  it("finds none where there are no templates", () => {
    includes = path.join(tmpdir(), "ar-no-such-includes");
    expect(templateAnchors(includes)).toEqual({ fixed: new Set(), around: [] });
  });
});
