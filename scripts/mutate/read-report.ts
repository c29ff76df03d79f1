import { readFileSync } from "node:fs";
import type { ScoredMutant } from "./score-mutants.ts";

interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}

/** Reads one of Stryker's incremental files (the mutation-testing-report schema) into flat mutants. */
export function readIncrementalReport(file: string): ScoredMutant[] {
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  return Object.entries(report.files).flatMap(([name, { source, mutants }]) => {
    const lines = source.split("\n");
    // Stryker's lines and columns count from 1.
    const offset = ({ line, column }: { line: number; column: number }) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
    return mutants.map((m) => ({
      file: name.replaceAll("\\", "/"),
      mutator: m.mutatorName,
      replacement: m.replacement ?? "",
      line: m.location.start.line,
      lineText: lines[m.location.start.line - 1] ?? "",
      original: source.slice(offset(m.location.start), offset(m.location.end)),
      status: m.status,
    }));
  });
}

/** The source each file of an incremental file was last measured on. */
export function readMeasuredSources(file: string): Map<string, string> {
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  return new Map(Object.entries(report.files).map(([name, { source }]) => [name.replaceAll("\\", "/"), source]));
}
