import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

describe("loading the sources in data/sources/", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it("reads each file as a source whose id is the file name and whose text is the copy held, byte for byte", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    const source = result.ok ? result.record.sources[0] : undefined;
    expect(source).toMatchObject({ id: "council-statement", file: "data/sources/council-statement.md", publish: "in-full", textLine: 8 });
    expect(source?.text).toBe("Council agrees plan\n\nCabinet released £4.8m from reserves for children’s services.\n\nThe council’s cabinet met on Monday 10 November 2014 and agreed the plan – “a good but living document”.\n");
  });

  it("reports a source without its copy, a missing publish level and a bad file name, each located", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    await writeFile(path.join(record.root, "data/sources/empty-copy.md"), "---\ntitle: A statement\nkind: council-statement\ndate: 2014-11-12\ndatePrecision: day\npublish: in-full\n---\n\n");
    await writeFile(path.join(record.root, "data/sources/no-publish.md"), "---\ntitle: A statement\nkind: council-statement\ndate: 2014-11-12\ndatePrecision: day\n---\nText.\n");
    await writeFile(path.join(record.root, "data/sources/Bad Name.md"), "---\ntitle: A\n---\nText.\n");
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'data/sources/Bad Name.md:1:1  the file name must be the source\'s id, in lower-case words joined by hyphens, then .md (expected something like council-statement.md, got "Bad Name.md")',
      "data/sources/empty-copy.md:8:1  text: the copy held is missing (expected the document's text after the closing ---, exactly as held)",
      'data/sources/no-publish.md:2:1  publish: nothing is not one of the allowed values (expected one of "in-full", "passages-only")',
    ]);
  });

  it("reports a record without the folder", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    await rm(path.join(record.root, "data/sources"), { recursive: true });
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "data/sources:1:1  the folder is missing (the record keeps one file per source there, such as data/sources/council-statement.md)",
    ]);
  });

  it("reports a source whose front matter is never closed, at its start, and reads the other sources", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    await writeFile(path.join(record.root, "data/sources/unclosed.md"), "---\ntitle: A statement\nkind: council-statement\nText with no closing line.\n");
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/sources\/unclosed\.md:1:1 {2}\S/);
  });

  it("reports a sources folder that is a link leading outside the project once, and reads nothing through it", async () => {
    const record = await minimalRecordWith();
    const outside = await mkdtemp(path.join(tmpdir(), "ar-outside-sources-"));
    cleanup = async () => {
      await record.cleanup();
      await rm(outside, { recursive: true, force: true });
    };
    await writeFile(path.join(outside, "secret.md"), "---\ntitle: Secret\n---\nNot part of the record.\n");
    await rm(path.join(record.root, "data/sources"), { recursive: true });
    await symlink(outside, path.join(record.root, "data/sources"));
    const result = await loadRecord(record.root, { today: "2026-01-01" });
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/sources:1:1 {2}\S/);
  });
});
