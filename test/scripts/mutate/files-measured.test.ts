import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesMeasured, hasNoCode } from "../../../scripts/mutate/files-measured.ts";
import { hashSource, readMeasuredHashes, recordMeasured } from "../../../scripts/mutate/measured-hashes.ts";

describe("the files a folder's mutation score stands on", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-mutate-"));
    await mkdir(path.join(root, "src/things/browser"), { recursive: true });
    for (const [file, text] of Object.entries({ "a.ts": "a", "b.ts": "b changed", "c.ts": "c", "d.d.ts": "d", "browser/e.ts": "e", "notes.md": "n", "types.ts": "export interface T { a: string }\nexport type U = T;\n" })) {
      await writeFile(path.join(root, "src/things", file), text);
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("says which were measured on the code as it is, which changed since, and which never were", () => {
    const measured = { "src/things/a.ts": hashSource("a"), "src/things/b.ts": hashSource("b") };
    const reported = new Set(["src/things/a.ts", "src/things/b.ts"]);
    const [things] = filesMeasured(root, [{ folder: "src/things", score: 80, exclude: ["src/things/browser/**"] }], measured, reported);
    expect(things).toEqual({ folder: "src/things", total: 4, current: ["src/things/a.ts"], stale: ["src/things/b.ts"], never: ["src/things/c.ts"], noCode: ["src/things/types.ts"] });
  });

  it("calls a file measured only when a run mutated it, not when Stryker's results merely hold its source", () => {
    // Stryker rewrites the stored source of files a run leaves out; only the run's own record counts.
    const [things] = filesMeasured(root, [{ folder: "src/things/a.ts", score: 80 }], {}, new Set(["src/things/a.ts"]));
    expect(things).toMatchObject({ current: [], stale: ["src/things/a.ts"], never: [] });
  });

  it("counts a file a run mutated but found nothing in as having nothing to mutate", () => {
    const [things] = filesMeasured(root, [{ folder: "src/things/c.ts", score: 80 }], { "src/things/c.ts": hashSource("c") }, new Set());
    expect(things).toMatchObject({ current: [], never: [], noCode: ["src/things/c.ts"] });
  });

  it("records what a run mutated beside what earlier runs did, the newest hash winning", async () => {
    const file = path.join(root, "measured.json");
    expect(readMeasuredHashes(file)).toEqual({});
    recordMeasured(file, new Map([["src/b.ts", "b"], ["src/a.ts", "a"]]));
    recordMeasured(file, new Map([["src/a.ts", "a changed"]]));
    expect(readMeasuredHashes(file)).toEqual({ "src/a.ts": hashSource("a changed"), "src/b.ts": hashSource("b") });
    expect(hashSource("a")).not.toBe(hashSource("a changed"));
  });

  it.each([
    ["types", "import type { A } from './a.ts';\nexport interface B extends A { b: number }\nexport type C = B[];", true],
    ["re-exports", 'export { a, b } from "./a.ts";\nexport * from "./b.ts";\nexport * as c from "./c.ts";\nexport type { D } from "./d.ts";', true],
    ["a constant", "export const a = 1;", false],
    ["a function", "/** x */\nexport function f() { return 1; }", false],
    ["a re-export beside code", 'export { a } from "./a.ts";\nconsole.log(1);', false],
  ])("tells whether a file of %s has code to mutate", (_, source, expected) => {
    expect(hasNoCode(source)).toBe(expected);
  });

  it("takes a folder that is one file as that file", () => {
    const [one] = filesMeasured(root, [{ folder: "src/things/c.ts", score: 80 }], { "src/things/c.ts": hashSource("c") }, new Set(["src/things/c.ts"]));
    expect(one).toMatchObject({ total: 1, current: ["src/things/c.ts"], never: [] });
  });
});
