import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readIncrementalReport } from "../../../scripts/mutate/read-report.ts";

describe("readIncrementalReport", () => {
  it("gives each mutant its line and the code it replaces, across lines too", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "incremental.json");
    const source = 'const a = "x";\nif (a &&\n  b) go();\n';
    const at = (line: number, column: number) => ({ line, column });
    writeFileSync(
      file,
      JSON.stringify({
        files: {
          "src\\a.ts": {
            source,
            mutants: [
              { mutatorName: "StringLiteral", replacement: '""', status: "Survived", location: { start: at(1, 11), end: at(1, 14) } },
              { mutatorName: "LogicalOperator", replacement: "a || b", status: "Killed", location: { start: at(2, 5), end: at(3, 4) } },
            ],
          },
        },
      }),
    );
    expect(readIncrementalReport(file)).toEqual([
      { file: "src/a.ts", mutator: "StringLiteral", replacement: '""', line: 1, lineText: 'const a = "x";', original: '"x"', status: "Survived" },
      { file: "src/a.ts", mutator: "LogicalOperator", replacement: "a || b", line: 2, lineText: "if (a &&", original: "a &&\n  b", status: "Killed" },
    ]);
  });
});
