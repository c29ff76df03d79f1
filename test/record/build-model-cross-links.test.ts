import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRecord } from "../../scripts/bench/generate-record.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel, type ReportModel } from "../../src/views/build-views.ts";
import { housingRoot } from "../support/fixture-record.ts";

// The model finds cross-links by grouping once (src/record/group-by.ts); these tests hold it to
// the plain scan over every entry that it replaced, on a record big enough to have every kind of link.
describe("the model's cross-links on a generated record of 300 entries", () => {
  let root: string;
  let model: ReportModel;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-cross-links-"));
    await generateRecord({ from: housingRoot, to: root, entries: 300, today: "2026-01-01" });
    const result = await loadRecord(root, { today: "2026-01-01" });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    model = buildModel(result.record);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

  it("lists under each source every entry that cites it, in timeline order", () => {
    for (const source of model.sources) {
      expect(ids(source.citedBy)).toEqual(ids(model.entries.filter((e) => e.sources.includes(source.id))));
    }
    expect(model.sources.some((s) => s.citedBy.length > 1)).toBe(true);
  });

  it("lists under each person the entries that name them, that they decided and where they are quoted", () => {
    for (const person of model.people) {
      const naming = model.entries.filter((e) => e.people.includes(person.id) || e.decidedBy.includes(person.id) || e.quotes.some((q) => q.by === person.id));
      expect(ids(person.entries)).toEqual(ids(naming));
      expect(ids(person.decided)).toEqual(ids(model.entries.filter((e) => e.decidedBy.includes(person.id))));
      const quoted = model.entries.flatMap((e) => e.quoteList.filter((q) => q.by === person.id).map((q) => `${e.id}: ${q.text}`));
      expect(person.quotes.map((q) => `${q.entry.id}: ${q.text}`)).toEqual(quoted);
    }
    expect(model.people.some((p) => p.quotes.length > 0 && p.decided.length === 0)).toBe(true);
  });

  it("gives each entry the sums whose stages it records, with totals running in timeline order", () => {
    const approvedSoFar: (typeof model.funding)[number][] = [];
    for (const entry of model.entries) {
      const lines = model.funding.filter((f) => f.stages.some((s) => s.entry === entry.id));
      expect(ids(entry.fundingList)).toEqual(ids(lines));
      // A sum joins the approved total at the entry that approves it, once, whatever stages came before.
      approvedSoFar.push(...lines.filter((f) => f.stages.some((s) => s.entry === entry.id && s.status === "approved")));
      // Only entries that decide money carry a running total, and only once something is approved.
      const approved = entry.runningTotals.find((t) => t.status === "approved")?.total.pence;
      expect(approved).toBe(lines.length > 0 && approvedSoFar.length > 0 ? approvedSoFar.reduce((n, f) => n + f.amountPence, 0) : undefined);
    }
    expect(approvedSoFar.length).toBeGreaterThan(0);
  });
});
