import type { Score } from "./score-mutants.ts";

/** The score table `npm run mutate` ends with: one row per folder and group, a mark on each miss. */
export function formatScores(scores: readonly Score[]): string {
  const rows = scores.map((s) => [
    s.name,
    s.score === null ? "–" : `${s.score.toFixed(1)}%`,
    `${s.target}%`,
    String(s.killed),
    String(s.survived),
    String(s.noCoverage),
    String(s.equivalent),
    String(s.loadTime),
    s.meetsTarget ? "ok" : "BELOW TARGET",
  ]);
  const header = ["folder or group", "score", "target", "killed", "survived", "no coverage", "equivalent", "load-time, unscored", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
