import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateRecord } from "../../../scripts/bench/generate-record.ts";
import { loadRecord } from "../../../src/loaders/load-record.ts";
import { formatProblems } from "../../../src/problems/format-problems.ts";
import { housingRoot } from "../../support/fixture-record.ts";

describe("the benchmark's record generator", () => {
  it("grows a record (the housing fixture) by 20 entries that pass every check, with money, people, quotes and promises", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "ar-generated-"));
    try {
      const existing = (await readdir(path.join(housingRoot, "content"), { recursive: true })).filter((f) => f.endsWith(".md")).length;
      const counts = await generateRecord({ from: housingRoot, to: root, entries: existing + 20 });
      const files = (await readdir(path.join(root, "content"), { recursive: true })).filter((f) => f.endsWith(".md"));
      expect(files).toHaveLength(existing + 20);
      expect(counts.entries).toBe(existing + 20);
      const result = await loadRecord(root, { includeDrafts: true });
      expect(result.ok ? "" : formatProblems(result.problems)).toBe("");
      if (!result.ok) return;
      const synthetic = result.record.entries.filter((e) => e.id.startsWith("synthetic-"));
      expect(synthetic).toHaveLength(20);
      expect(synthetic.some((e) => e.funding.length > 0)).toBe(true);
      expect(synthetic.some((e) => e.quotes.length > 0)).toBe(true);
      expect(synthetic.some((e) => e.datePrecision !== "day")).toBe(true);
      expect(result.record.promises.some((p) => p.id.startsWith("synthetic-"))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
