import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EntryFrontMatterSchema } from "../../src/schemas/entry.ts";
import { MoneyStageEventSchema, SumSchema } from "../../src/schemas/funding.ts";
import { StatisticSchema, StatisticsPageSchema } from "../../src/schemas/statistic.ts";
import { VocabulariesFileSchema } from "../../src/schemas/vocabularies.ts";
import { projectRoot } from "../support/fixture-record.ts";

const guide = () => readFile(path.join(projectRoot, "CONTENT.md"), "utf8");
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\w\s-]/g, "").trim().replace(/\s/g, "-");

describe("CONTENT.md, the editors' guide", () => {
  it("documents every front-matter field in its table", async () => {
    const text = await guide();
    const fields = Object.keys(EntryFrontMatterSchema.shape);
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(text).toContain(`| \`${field}\` |`);
  });

  it("sends editors to the record's own list of kinds rather than listing one record's", async () => {
    const text = await guide();
    const row = text.split("\n").find((l) => l.startsWith("| `kind` |"))!;
    expect(row).toContain("`entryKinds`");
    expect(row).toContain("data/vocabularies.json");
  });

  it("documents every vocabulary, every field of a sum and its stages, and every field of a statistic", async () => {
    const text = await guide();
    const vocabularies = Object.keys(VocabulariesFileSchema.shape).filter((k) => k !== "$schema");
    for (const name of vocabularies) expect(text).toContain(`| \`${name}\` |`);
    const shape = (schema: { shape: object }) => Object.keys(schema.shape);
    for (const field of [...shape(SumSchema), ...shape(MoneyStageEventSchema), ...shape(StatisticSchema), ...shape(StatisticsPageSchema)]) {
      expect([field, text.includes(`| \`${field}\` |`)]).toEqual([field, true]);
    }
  });

  it("has every section the problem messages and the guide itself link to", async () => {
    const text = await guide();
    const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!)));
    const linked = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    for (const target of ["front-matter", "data-files", "error-messages", ...linked]) expect([target, anchors.has(target)]).toEqual([target, true]);
  });
});
