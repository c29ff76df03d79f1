import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

// What an editor is told when part of the record is refused: the refused part's own problems, every
// problem elsewhere that does not depend on it, and nothing that only repeats the first mistake.
describe("loadRecord with part of the record refused", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  const fixture = async () => {
    const made = await minimalRecordWith();
    cleanup = made.cleanup;
    return made.root;
  };
  const problemsOf = async (root: string) => {
    const result = await loadRecord(root, { today: "2026-01-01" });
    return result.ok ? [] : result.problems.map(formatProblem);
  };
  const entry = (root: string) => path.join(root, "content/2014/2014-11-10-cabinet-decides.md");
  /** Lists one more source in the entry's front matter. */
  const citeAlso = async (root: string, id: string) => {
    const text = await readFile(entry(root), "utf8");
    const cited = text.replace("  - council-statement\npeople", `  - council-statement\n  - ${id}\npeople`);
    expect(cited).not.toBe(text);
    await writeFile(entry(root), cited);
  };

  it("still checks the citations when a stray file in data/ is refused", async () => {
    const root = await fixture();
    await writeFile(path.join(root, "data/notes.txt"), "remember to ask finance\n");
    await citeAlso(root, "minutes-never-written");
    const problems = await problemsOf(root);
    expect(problems.some((p) => p.startsWith("data/notes.txt:"))).toBe(true);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/2014\/2014-11-10-cabinet-decides\.md:\d+:\d+ {2}sources\[1\]: unknown source "minutes-never-written"/));
  });

  it("does not also call a source unknown when its file in data/sources/ was refused unread", async () => {
    const root = await fixture();
    const outside = await mkdtemp(path.join(tmpdir(), "ar-outside-"));
    const previous = cleanup;
    cleanup = async () => {
      await previous?.();
      await rm(outside, { recursive: true, force: true });
    };
    await writeFile(path.join(outside, "secret.md"), "---\ntitle: Secret\n---\nNot part of the record.\n");
    await symlink(path.join(outside, "secret.md"), path.join(root, "data/sources/leaked.md"));
    await citeAlso(root, "leaked");
    const problems = await problemsOf(root);
    expect(problems.filter((p) => p.startsWith("data/sources/leaked.md"))).toHaveLength(1);
    expect(problems.filter((p) => p.includes('"leaked"'))).toEqual([]);
  });

  it.each([
    ["people", { people: [{ id: "martin-tett" }] }],
    ["glossary", { terms: [{ id: "reserves" }] }],
    ["promises", { promises: [{ id: "a-promise" }] }],
    ["statistics", { statistics: [{ id: "a-figure" }] }],
  ])("reports a %s file that is not valid, and only it, with no crash", async (name, content) => {
    const root = await fixture();
    await writeFile(path.join(root, `data/${name}.json`), JSON.stringify(content));
    const problems = await problemsOf(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`data/${name}.json:`))).toBe(true);
  });

  it("does not call a link to an entry refused for a mistake a dead link", async () => {
    const root = await fixture();
    await mkdir(path.join(root, "content/2015"), { recursive: true });
    await writeFile(path.join(root, "content/2015/2015-01-05-broken.md"), "---\ntitle: Broken\ndate: 2015-01-05\ndatePrecision: day\nkind: cabinet-decision\nphase: response\nsummary: An entry with a mistake.\nsources:\n  - council-statement\ncolour: red\n---\nText.\n");
    const text = await readFile(entry(root), "utf8");
    await writeFile(entry(root), `${text.trimEnd()} See [the next step](/timeline/broken/).\n`);
    const problems = await problemsOf(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith("content/2015/2015-01-05-broken.md:"))).toBe(true);
  });

});
