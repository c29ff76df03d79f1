import { describe, expect, it } from "vitest";
import { memoryCheckCache } from "../../src/loaders/check-cache.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { buildModel } from "../../src/views/build-views.ts";
import { markOf } from "../../src/views/stands-for.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// In `npm start` the model's views say what they were made from, so a save re-renders only the
// pages whose views changed (src/eleventy/unchanged-pages.ts); a key that stayed the same while
// what it names changed would leave a stale page in the preview.
describe("what the preview's views say they were made from", () => {
  const models = async (change: (record: ReportRecord) => ReportRecord) => {
    const record = await recordAt(housingRoot);
    const kept = memoryCheckCache();
    const before = buildModel(record, { kept });
    kept.save();
    return { record, before, after: buildModel(change(record), { kept }) };
  };

  it("names a source's view by what the source says: another key once its title changes, the same for the others", async () => {
    const { record, before, after } = await models((r) => ({ ...r, sources: r.sources.map((s, i) => (i === 0 ? { ...s, title: "Retitled" } : s)) }));
    const changed = record.sources[0]!.id;
    const viewsOf = (model: typeof before) => new Map(model.entries.flatMap((e) => e.sourceList).map((s) => [s.id, markOf(s)?.key]));
    const [was, now] = [viewsOf(before), viewsOf(after)];
    expect(was.has(changed)).toBe(true);
    for (const [id, key] of was) {
      expect(key).toEqual(expect.any(String));
      if (id === changed) expect(now.get(id)).not.toBe(key);
      else expect(now.get(id)).toBe(key);
    }
  });

  it("names each view of a person by what the record says of them: another key once their name changes, the same for the others", async () => {
    const { record, before, after } = await models((r) => ({ ...r, people: r.people.map((p, i) => (i === 0 ? { ...p, name: "Renamed" } : p)) }));
    const changed = record.people[0]!.id;
    const viewsOf = (model: typeof before) => new Map(model.entries.flatMap((e) => [...e.peopleList, ...e.decidedByList, ...e.deciders, ...e.othersInvolved]).map((p) => [`${p.id} ${"summary" in p}`, markOf(p)?.key]));
    const [was, now] = [viewsOf(before), viewsOf(after)];
    expect([...was.keys()]).toEqual(expect.arrayContaining([`${changed} true`, `${changed} false`]));
    for (const [view, key] of was) {
      expect(key).toEqual(expect.any(String));
      if (view.startsWith(`${changed} `)) expect(now.get(view)).not.toBe(key);
      else expect(now.get(view)).toBe(key);
    }
    // A person's view with the line saying who they are is told apart from the one without.
    expect(was.get(`${changed} true`)).not.toBe(was.get(`${changed} false`));
  });

  it("names an entry's body and renderings by its rendering's key, and changes it with the body", async () => {
    const { record, before, after } = await models((r) => ({ ...r, entries: r.entries.map((e, i) => (i === 0 ? { ...e, body: `${e.body}\nOne more line.` } : e)) }));
    const id = record.entries[0]!.id;
    for (const entry of before.entries) {
      const mark = markOf(entry);
      expect(mark?.fields).toEqual(["html", "reportHtml", "body"]);
      const later = markOf(after.entries.find((e) => e.id === entry.id)!);
      if (entry.id === id) expect(later?.key).not.toBe(mark?.key);
      else expect(later?.key).toBe(mark?.key);
    }
  });

  it("marks nothing without a store (a one-off build, which never compares pages)", async () => {
    const model = buildModel(await recordAt(housingRoot));
    expect([...model.entries, ...model.entries.flatMap((e) => [...e.sourceList, ...e.peopleList, ...e.deciders])].map(markOf).filter(Boolean)).toEqual([]);
  });
});
