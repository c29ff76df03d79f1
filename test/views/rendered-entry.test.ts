import { describe, expect, it } from "vitest";
import { memoryCheckCache } from "../../src/loaders/check-cache.ts";
import type { Source } from "../../src/schemas/source.ts";
import { entryRenderer } from "../../src/views/rendered-entry.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

const labels = (kind: string) => ({ minutes: "Minutes", "council-statement": "Council statement" })[kind] ?? kind;

describe("an entry's text, rendered for its page and the full report", () => {
  it("is the same rendered afresh and taken from the store, for every entry of a record", async () => {
    const record = await recordAt(housingRoot);
    const sources = new Map(record.sources.map((s) => [s.id, s]));
    const fresh = entryRenderer(sources, labels);
    const kept = memoryCheckCache();
    const first = entryRenderer(sources, labels, kept);
    const before = record.entries.map((e) => first(e));
    kept.save();
    const again = entryRenderer(sources, labels, kept);
    expect(record.entries.map((e) => again(e))).toEqual(before);
    const text = ({ html, reportHtml }: { html: string; reportHtml: string }) => ({ html, reportHtml });
    expect(before.map(text)).toEqual(record.entries.map((e) => fresh(e)));
    expect(before.some((r) => r.html.includes('class="ar-notes"'))).toBe(true);
    // The full report's copy has notes of its own and headings a level down.
    const cited = record.entries.findIndex((e) => before[record.entries.indexOf(e)]!.html.includes("note-1"));
    expect(before[cited]!.reportHtml).toContain(`${record.entries[cited]!.id}--note-1`);
  });

  it("renders again when a source the notes read has changed, or its kind's name, and not when another has", async () => {
    const record = await recordAt(housingRoot);
    const entry = record.entries.find((e) => e.body.includes("source:"))!;
    const citedId = /source:([a-z0-9-]+)/.exec(entry.body)![1]!;
    const other = record.sources.find((s) => !entry.body.includes(`source:${s.id}`))!;
    const kept = memoryCheckCache();
    const render = (sources: Source[], label = labels) => {
      const result = entryRenderer(new Map(sources.map((s) => [s.id, s])), label, kept)(entry);
      kept.save();
      return result.html;
    };
    const original = render(record.sources);
    const cited = record.sources.find((s) => s.id === citedId)!;
    expect(render(record.sources.map((s) => (s === other ? { ...s, title: "Another title entirely" } : s)))).toBe(original);
    const retitled = render(record.sources.map((s) => (s === cited ? { ...s, title: "A new title for the cited document" } : s)));
    expect(retitled).toContain("A new title for the cited document");
    expect(render(record.sources, (kind) => `${labels(kind)} renamed`)).toContain(`${labels(cited.kind).toLowerCase()} renamed`);
    expect(render(record.sources)).toBe(original);
  });

  it("renders again when the entry's text changes", async () => {
    const record = await recordAt(housingRoot);
    const sources = new Map(record.sources.map((s) => [s.id, s]));
    const kept = memoryCheckCache();
    const entry = record.entries[0]!;
    entryRenderer(sources, labels, kept)(entry);
    kept.save();
    expect(entryRenderer(sources, labels, kept)({ ...entry, body: "A *new* text." }).html).toBe("<p>A <em>new</em> text.</p>\n");
  });

  it("names what it was rendered from: a key kept while the text and the sources it read are unchanged, another when they change", async () => {
    const record = await recordAt(housingRoot);
    const entry = record.entries.find((e) => e.body.includes("source:"))!;
    const citedId = /source:([a-z0-9-]+)/.exec(entry.body)![1]!;
    const other = record.sources.find((s) => !entry.body.includes(`source:${s.id}`))!;
    const kept = memoryCheckCache();
    const keyOf = (sources = record.sources, label = labels, text = entry.body) => {
      const result = entryRenderer(new Map(sources.map((s) => [s.id, s])), label, kept)({ ...entry, body: text });
      kept.save();
      return result.key;
    };
    const first = keyOf();
    expect(first).toEqual(expect.any(String));
    expect(keyOf()).toBe(first);
    expect(keyOf(record.sources.map((s) => (s === other ? { ...s, text: `${s.text} More.` } : s)))).toBe(first);
    const changed = [
      keyOf(record.sources.map((s) => (s.id === citedId ? { ...s, text: `${s.text} More.` } : s))),
      keyOf(record.sources, (kind) => `${labels(kind)} renamed`),
      keyOf(record.sources, labels, `${entry.body}\nMore.`),
      keyOf(record.sources.filter((s) => s.id !== citedId)),
    ];
    expect(new Set([first, ...changed]).size).toBe(5);
    expect(entryRenderer(new Map(record.sources.map((s) => [s.id, s])), labels)(entry).key).toBeUndefined();
  });
});
