import { describe, expect, it } from "vitest";
import { formatScores } from "../../../scripts/mutate/format-scores.ts";
import { scoreMutants, type ScoredMutant } from "../../../scripts/mutate/score-mutants.ts";

const mutant = (file: string, status: string, lineText = "x", mutator = "StringLiteral", replacement = '""', original = '"0"'): ScoredMutant => ({ file, status, lineText, mutator, replacement, original, line: 3 });

describe("scoreMutants", () => {
  const mutants = [
    mutant("src/record/money-total.ts", "Killed"),
    mutant("src/record/money-total.ts", "Timeout"),
    mutant("src/record/check-record.ts", "Survived"),
    mutant("src/record/check-record.ts", "NoCoverage"),
    mutant("src/record/sort-entries.ts", "CompileError"),
    mutant("src/record/sort-entries.ts", "Ignored"),
    mutant("src/site-checks/browser/visit-pages.ts", "Survived"),
    mutant("src/site-checks/check-links.ts", "Killed"),
    mutant("src/filters/format-record-date.ts", "Survived", '  return x.padStart(2, "0");'),
  ];
  const folders = [
    { folder: "src/record", score: 80 },
    { folder: "src/site-checks", score: 80, exclude: ["src/site-checks/browser/**"] },
    { folder: "src/filters", score: 80 },
    { folder: "src/views", score: 80 },
  ];
  const groups = [{ name: "money", score: 90, files: ["src/**/*money*.ts"] }];
  const equivalents = [{ file: "src/filters/format-record-date.ts", mutator: "StringLiteral", replacement: '""', line: 'padStart(2, "0")', reason: "always two digits" }];
  const scores = scoreMutants(mutants, folders, groups, equivalents);

  it("counts timeouts as caught, errors as neither caught nor missed, and load-time mutants apart, unscored", () => {
    expect(scores[0]).toMatchObject({ name: "src/record", killed: 2, survived: 1, noCoverage: 1, loadTime: 1, score: 50, meetsTarget: false });
  });

  it("leaves out a folder's excluded files, and sets listed equivalent mutants aside", () => {
    expect(scores[1]).toMatchObject({ name: "src/site-checks", killed: 1, survived: 0, score: 100, meetsTarget: true });
    expect(scores[2]).toMatchObject({ name: "src/filters", survived: 0, equivalent: 1, score: null, meetsTarget: true });
  });

  it("sets aside only the mutant of the code an entry names, where one line holds two alike", () => {
    const line = 's.replace(/%/g, "%25").replace(/\\r/g, "%0D")';
    const [filters] = scoreMutants(
      [mutant("src/filters/a.ts", "Survived", line, "StringLiteral", '""', '"%25"'), mutant("src/filters/a.ts", "Survived", line, "StringLiteral", '""', '"%0D"')],
      [{ folder: "src/filters", score: 80 }],
      [],
      [{ file: "src/filters/a.ts", mutator: "StringLiteral", replacement: '""', line: "replace(/%/g", original: '"%0D"', reason: "never reached" }],
    );
    expect(filters).toMatchObject({ survived: 1, equivalent: 1, survivors: ['src/filters/a.ts:3  StringLiteral → ""'] });
  });

  it("scores a stricter group across folders", () => {
    expect(scores[4]).toMatchObject({ name: "money", killed: 2, score: 100, meetsTarget: true });
  });

  it("prints one row per folder and group, marking each miss", () => {
    expect(formatScores(scores).split("\n")).toEqual([
      "folder or group  score   target  killed  survived  no coverage  equivalent  load-time, unscored",
      "src/record       50.0%   80%     2       1         1            0           1                    BELOW TARGET",
      "src/site-checks  100.0%  80%     1       0         0            0           0                    ok",
      "src/filters      –       80%     0       0         0            1           0                    ok",
      "src/views        –       80%     0       0         0            0           0                    ok",
      "money            100.0%  90%     2       0         0            0           0                    ok",
    ]);
  });
});
