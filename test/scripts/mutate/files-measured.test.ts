import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesMeasured, hasNoCode } from "../../../scripts/mutate/files-measured.ts";

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
    const measured = new Map([["src/things/a.ts", "a"], ["src/things/b.ts", "b"]]);
    const [things] = filesMeasured(root, [{ folder: "src/things", score: 80, exclude: ["src/things/browser/**"] }], measured);
    expect(things).toEqual({ folder: "src/things", total: 4, current: ["src/things/a.ts"], stale: ["src/things/b.ts"], never: ["src/things/c.ts"], noCode: ["src/things/types.ts"] });
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
    const [one] = filesMeasured(root, [{ folder: "src/things/c.ts", score: 80 }], new Map([["src/things/c.ts", "c"]]));
    expect(one).toMatchObject({ total: 1, current: ["src/things/c.ts"], never: [] });
  });
});
