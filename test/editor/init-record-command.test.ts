import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initRecordCommand } from "../../src/editor/init-record-command.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildInMemory, pageAt } from "../support/build-in-memory.ts";

const WRITTEN = `  content/2024/2024-01-15-example-entry.md
  data/funding.json
  data/glossary.json
  data/people.json
  data/promises.json
  data/site.json
  data/sources/example-source.md
  data/statistics.json
  data/vocabularies.json

Next:
  1. Put your organisation's name, address and story in data/site.json (the phases too).
  2. Add each document your record relies on as a file in data/sources/ (what it is, then the copy you hold), and people and bodies to data/people.json.
  3. Rename or extend the kinds of entry and source, funds, money stages and promise statuses in data/vocabularies.json.
  4. Write entries with npm run new; delete the example entry when you have your own.
  5. npm run check lists anything wrong; npm start shows the site. CONTENT.md explains every field.
`;

async function run(root: string, argv: string[] = []): Promise<{ code: number; output: string }> {
  let output = "";
  const code = await initRecordCommand(argv, { root, say: (text) => (output += `${text}\n`) });
  return { code, output };
}

describe("npm run init-record", () => {
  let root: string | undefined;
  afterEach(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  it("writes a record skeleton that validates, with its example entry a draft, and says what it wrote", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-init-"));
    expect(await run(root)).toEqual({ code: 0, output: `Wrote a new record in ${root}:\n${WRITTEN}` });
    const result = await loadRecord(root, { includeDrafts: true });
    expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
    expect(result.ok && result.record.entries.map((e) => [e.id, e.draft])).toEqual([["example-entry", true]]);
  });

  it("writes a skeleton that builds: a site with no published entry yet, the example only in the preview", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-init-"));
    await run(root);
    const pages = await buildInMemory({ recordRoot: root });
    expect(pageAt(pages, "/").content).toContain("<title>Your organisation: the public record</title>");
    expect(pages.some((p) => p.url.includes("example-entry"))).toBe(false);
  });

  it("refuses to replace a record without --force, and replaces it with --force", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-init-"));
    await run(root);
    const site = path.join(root, "data/site.json");
    await writeFile(site, "{ \"mine\": true }\n");
    expect(await run(root)).toEqual({
      code: 1,
      output: `${root} already holds a record (content/ and data/); nothing was changed.\nTo replace it with an empty record, deleting what is there, run the command again with --force.\n`,
    });
    expect(await readFile(site, "utf8")).toBe("{ \"mine\": true }\n");
    expect(await run(root, ["--force"])).toEqual({ code: 0, output: `Replaced the record in ${root} (content/ and data/ deleted):\n${WRITTEN}` });
    expect(await readFile(site, "utf8")).toContain('"title": "Your organisation: the public record"');
  });

  it("names a mistyped option and shows how to use it", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-init-"));
    const { code, output } = await run(root, ["--froce"]);
    expect(code).toBe(2);
    expect(output.split("\n").slice(0, 3)).toEqual(["Unknown option '--froce'; did you mean \"--force\"?", "", "Usage: npm run init-record [-- [--force] [--record FOLDER]]"]);
  });
});
