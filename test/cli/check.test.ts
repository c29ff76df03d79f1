import { execFile } from "node:child_process";
import { copyFile, readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkOnce, checkOnSave } from "../../src/cli/check-command.ts";
import { build } from "../../src/cli/safe-build.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { problemsPage } from "../../src/preview/problems-page.ts";
import { fixturesDir, housingRoot, minimalRecordWith, projectRoot } from "../support/fixture-record.ts";
import { visibleText } from "../support/visible-text.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
// Where each bad fixture is laid over the minimal record.
const targets: Record<string, string> = {
  "broken-yaml.md": ENTRY,
  "dangling-reference.md": ENTRY,
  "duplicate-url.md": "content/2014/2014-11-11-cabinet-decides.md",
  "impossible-date.md": ENTRY,
  "invalid-json.json": "data/people.json",
  "misspelt-phase.md": ENTRY,
  "missing-field.md": ENTRY,
  "no-front-matter.md": ENTRY,
  "non-utf8.md": ENTRY,
  "not-whole-pence.json": "data/funding.json",
  "unfinished-outline.md": ENTRY,
  "unknown-key.md": ENTRY,
  "unknown-kind.md": ENTRY,
  "wrong-amount.md": ENTRY,
  "wrong-type.md": ENTRY,
};

async function check(root: string) {
  let out = "";
  let err = "";
  const code = await checkOnce({ root, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe("npm run check", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanup?.();
  });

  it("has a place for every bad-input fixture", async () => {
    const names = (await readdir(path.join(fixturesDir, "bad"))).filter((n) => n !== "README.md");
    expect(names.sort()).toEqual(Object.keys(targets).sort());
  });

  it.each(Object.entries(targets))("reports %s exactly as the build and the preview error page do", async (fixture, target) => {
    const record = await minimalRecordWith({ [target]: `bad/${fixture}` });
    cleanup = record.cleanup;
    const checked = await check(record.root);
    expect(checked.code).toBe(1);
    // Every problem the loader finds (test/loaders/bad-input.test.ts pins their wording), each
    // located in the file the fixture was laid over, then the count and the guide.
    const loadedForCheck = await loadRecord(record.root);
    expect(loadedForCheck.ok).toBe(false);
    const problems = loadedForCheck.ok ? [] : loadedForCheck.problems;
    expect(checked.err).toBe(`${formatProblems(problems)}\n`);
    const lines = checked.err.trimEnd().split("\n");
    for (const line of lines.slice(0, -1)) expect(line).toMatch(new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:[1-9]\\d*:[1-9]\\d* {2}\\S.*\\S$`));
    expect(lines.at(-1)).toMatch(/^\d+ problems? in 1 file\. How to (write an entry|write the data files): CONTENT\.md#(front-matter|data-files)$/);

    let stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    expect(await build({ root: record.root, output: "_site", quiet: true })).toBe(false);
    expect(stderr).toBe(`${checked.err}The site was not built; _site/ is unchanged.\n`);

    const loaded = await loadRecord(record.root, { includeDrafts: true });
    const page = visibleText(problemsPage(loaded.ok ? [] : loaded.problems));
    for (const line of checked.err.trimEnd().split("\n")) expect(page).toContain(line);
  });

  it.each([
    ["a misspelt field", "unknown-key.md", 'titel: unknown field; did you mean "title"?'],
    ["a misspelt kind", "unknown-kind.md", 'did you mean "cabinet-decision"?'],
    ["a misspelt person", "dangling-reference.md", 'people[0]: unknown person or body "m-tett"; did you mean "martin-tett"?'],
    ["a misspelt phase", "misspelt-phase.md", 'phase: unknown phase "respnse"; did you mean "response"?'],
  ])("suggests the right spelling for %s", async (_name, fixture, expected) => {
    const record = await minimalRecordWith({ [ENTRY]: `bad/${fixture}` });
    cleanup = record.cleanup;
    expect((await check(record.root)).err).toContain(expected);
  });

  it("runs as a command: exit 0 and a count on a valid record, exit 1 and the problems otherwise", async () => {
    const run = promisify(execFile);
    // As `npm run check` runs it: bundled to plain JavaScript, so each save does not pay for tsx.
    const cli = [path.join(projectRoot, "src/cli/run-bundled.mjs"), "check"];
    // From the project's folder, on a record kept in another (README "Publish your own record").
    const good = await run(process.execPath, [...cli, "--record", housingRoot], { cwd: projectRoot });
    expect(good.stdout).toMatch(/^All content is valid: 15 entries \(1 draft\), 5 sums of money, 12 people and bodies, 13 sources \(checked in \d+ ms\)\.\n$/);

    const record = await minimalRecordWith({ [ENTRY]: "bad/unknown-kind.md" });
    cleanup = record.cleanup;
    const bad = await run(process.execPath, cli, { cwd: record.root }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in bad && bad.code).toBe(1);
    expect(bad.stderr).toBe((await check(record.root)).err);
  });

  it("checks again on every save with --watch", async () => {
    const record = await minimalRecordWith();
    cleanup = record.cleanup;
    let said = "";
    const io = { root: record.root, out: (t: string) => (said += `${t}\n`), err: (t: string) => (said += `${t}\n`) };
    const watcher = await checkOnSave(io);
    try {
      expect(said).toMatch(/^All content is valid: 1 entry, 1 sum of money, 2 people and bodies, 1 source \(checked in \d+ ms\)\.\n/);
      const deadline = Date.now() + 20_000;
      while (!said.includes('kind: "cabinet-decison"') && Date.now() < deadline) {
        await copyFile(path.join(fixturesDir, "bad/unknown-kind.md"), path.join(record.root, ENTRY));
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(said).toContain(`${ENTRY}:5:7  kind: "cabinet-decison" is not one of the allowed values`);
    } finally {
      watcher.stop();
    }
  });
});
