import { afterEach, describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";

describe("checkUnfinished", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it("stops a published entry that still holds outline text", async () => {
    const fixture = await minimalRecordWith({ [ENTRY]: "bad/unfinished-outline.md" });
    cleanup = fixture.cleanup;
    const result = await loadRecord(fixture.root, { today: "2026-11-27" });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe(
      `${ENTRY}:17:25  body: still holds a TODO from the outline; replace it with your own words, or keep draft: true until the entry is finished\n` +
        "1 problem in 1 file. How to write an entry: CONTENT.md#front-matter",
    );
  });

  it("lets a draft keep its outline", async () => {
    const fixture = await minimalRecordWith({ [ENTRY]: "bad/unfinished-outline.md" });
    cleanup = fixture.cleanup;
    const file = path.join(fixture.root, ENTRY);
    await writeFile(file, (await readFile(file, "utf8")).replace("title: Cabinet decides", "title: Cabinet decides\ndraft: true"));
    expect((await loadRecord(fixture.root, { today: "2026-11-27" })).ok).toBe(true);
  });
});
