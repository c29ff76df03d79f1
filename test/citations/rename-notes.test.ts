import { describe, expect, it } from "vitest";
import { citationNotes, renameNotes } from "../../src/citations/citation-notes.ts";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { renderMarkdown } from "../../src/markdown/markdown.ts";
import { housingRoot } from "../support/fixture-record.ts";

describe("an entry's citation notes in the full report", () => {
  it("are exactly what rendering the entry with the report's own note ids gives", async () => {
    const loaded = await loadRecord(housingRoot, { today: "2026-12-01" });
    if (!loaded.ok) throw new Error("the housing fixture should be valid");
    const sources = new Map(loaded.record.sources.map((s) => [s.id, s]));
    const kind = (k: string) => k;
    const cited = loaded.record.entries.filter((e) => e.body.includes("](source:"));
    expect(cited.length).toBeGreaterThan(1);
    for (const e of cited) {
      const page = renderMarkdown(e.body, citationNotes(sources, "note-", kind));
      const report = renderMarkdown(e.body, citationNotes(sources, `${e.id}--note-`, kind));
      expect(page).toContain('id="note-1"');
      expect(renameNotes(page, "note-", `${e.id}--note-`)).toBe(report);
    }
  });

  it("leave text that merely mentions a note's id alone", () => {
    const html = `<p>See note-1 and id="note-2" in the text</p>`.replace('id="note-2"', "id=&quot;note-2&quot;");
    expect(renameNotes(html, "note-", "x--note-")).toBe(html);
  });
});
