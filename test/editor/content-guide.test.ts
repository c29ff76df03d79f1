import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EntryFrontMatterSchema } from "../../src/schemas/entry.ts";
import { entryKindIds } from "../../src/schemas/entry-kinds.ts";
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

  it("lists every kind of entry", async () => {
    const text = await guide();
    const row = text.split("\n").find((l) => l.startsWith("| `kind` |"))!;
    for (const kind of entryKindIds) expect(row).toContain(`\`${kind}\``);
  });

  it("has every section the problem messages and the guide itself link to", async () => {
    const text = await guide();
    const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!)));
    const linked = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    for (const target of ["front-matter", "data-files", "error-messages", ...linked]) expect([target, anchors.has(target)]).toEqual([target, true]);
  });
});
