import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { migrateRecord } from "../../src/migrate/migrate-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir } from "../support/fixture-record.ts";

describe("npm run migrate on a record in the older format", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });
  const copy = async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-migrate-"));
    await cp(path.join(fixturesDir, "legacy-record"), root, { recursive: true });
    return root;
  };

  it("is refused by the loader with a message that names the command", async () => {
    const result = await loadRecord(await copy(), { today: "2026-01-01" });
    const text = result.ok ? "" : formatProblems(result.problems);
    expect(text).toContain("data/funding.json:2:12  lines: is the format from before money stages; run npm run migrate to rewrite this file (see CONTENT.md#money)");
    expect(text).toContain("data/vocabularies.json:1:1  the file is missing: it declares the record's kinds, funds, money stages and statuses (see CONTENT.md#vocabularies); for a record from before vocabularies, npm run migrate writes it");
  });

  it("reports each change, joins one sum's two lines into two stages, and leaves a valid record that counts it once", async () => {
    const at = await copy();
    expect((await migrateRecord(at)).map((c) => `${c.file}: ${c.what}`)).toEqual([
      "data/vocabularies.json: written with the 12 entry kinds, 3 source kinds, 5 funds, 3 money stages and 4 promise statuses that were fixed in code before; change them to suit this record (CONTENT.md#vocabularies)",
      'data/funding.json: funding lines "reserves-release" (recommended) and "reserves-release-approved" (approved) have the same amount, fund and year, so they are now one sum "reserves-release" with 2 stages, counted once; check they are the same money',
      'content/2014/2014-11-12-council-approves.md: funding: "reserves-release-approved" is now "reserves-release", the same sum at its later stage',
      'data/statistics.json: page: named "Demand on the service" at /demand/, as it was when the name was fixed in code; change it to suit this record',
      'data/site.json: accessibility.legalBasis: "public-sector-regulations", which the statement claimed before; set it to "voluntary" unless the publisher is a public sector body',
    ]);
    expect(await readFile(path.join(at, "content/2014/2014-11-12-council-approves.md"), "utf8")).toContain("funding:\n  - reserves-release\n---");
    const result = await loadRecord(at, { today: "2026-01-01" });
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const model = buildModel(result.record);
    expect(model.money.byStatus.map((t) => `${t.label}: ${t.total.text} (${t.total.count})`)).toEqual(["Approved: £4.8m (1)"]);
    expect(model.funding[0]!.stages.map((s) => `${s.label} by ${s.decidedByPerson.name}`)).toEqual(["Recommended by Cabinet", "Approved by Full council"]);
    expect(model.figures.page.url).toBe("/demand/");
    expect(await migrateRecord(at)).toEqual([]);
  });
});
