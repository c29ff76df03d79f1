import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntry } from "../../src/loaders/load-entry.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { fileStamp } from "../../src/loaders/file-stamp.ts";
import { surveyContent } from "../../src/loaders/survey-content.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";
import { statSync } from "node:fs";

describe("loadEntry on a file that is loaded again", () => {
  const file = "content/2014/2014-11-10-cabinet-decides.md";
  let root: string;
  let text: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-load-entry-"));
    text = await readFile(path.join(fixturesDir, "minimal", file), "utf8");
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("gives the same result without reading it again while it is unchanged", async () => {
    const first = await loadEntry(root, file);
    expect(first.entry?.id).toBe("cabinet-decides");
    expect(await loadEntry(root, file)).toBe(first);
  });

  it("reads it again once it changes, even to text of the same length", async () => {
    const before = await loadEntry(root, file);
    const title = /^title: (.*)$/m.exec(text)![1]!;
    const same = title.replace(/./, (c) => (c === "X" ? "Y" : "X"));
    await writeFile(path.join(root, file), text.replace(title, same));
    const after = await loadEntry(root, file);
    expect(after).not.toBe(before);
    expect(after.entry?.title).toBe(same);
  });
});

describe("the stamp an entry is loaded again by, taken when content/ is surveyed", () => {
  const file = "content/2014/2014-11-10-cabinet-decides.md";

  it("is what a link leads to, so a save to the file it leads to is seen by the next check", async () => {
    const fixture = await minimalRecordWith();
    try {
      const target = path.join(fixture.root, "drafts", "cabinet.md");
      await mkdir(path.dirname(target));
      await writeFile(target, await readFile(path.join(fixture.root, file), "utf8"));
      await rm(path.join(fixture.root, file));
      await symlink(target, path.join(fixture.root, file));
      expect(surveyContent(fixture.root).stamps.get(file)).toBe(fileStamp(statSync(target)));
      const title = async () => {
        const result = await loadRecord(fixture.root, { today: "2026-01-01" });
        return result.ok ? result.record.entries[0]!.title : result.problems;
      };
      expect(await title()).toBe("Cabinet decides");
      await writeFile(target, (await readFile(target, "utf8")).replace("title: Cabinet decides", "title: Cabinet decided"));
      expect(await title()).toBe("Cabinet decided");
    } finally {
      await fixture.cleanup();
    }
  });
});
