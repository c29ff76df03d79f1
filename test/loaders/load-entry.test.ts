import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntry } from "../../src/loaders/load-entry.ts";
import { fixturesDir } from "../support/fixture-record.ts";

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
