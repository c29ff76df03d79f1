import { describe, expect, it } from "vitest";
import { listChanges } from "../../src/views/list-changes.ts";

const entry = (id: string, updates: { date: string; text: string; sources?: string[] }[]) => ({ id, title: `Title of ${id}`, url: `/timeline/${id}/`, updates });

describe("listChanges", () => {
  it("lists every update of every entry, newest first, with the entry it belongs to", () => {
    const changes = listChanges([
      entry("a", [{ date: "2015-01-05", text: "Corrected." }]),
      entry("b", [{ date: "2014-12-01", text: "Added a source.", sources: ["s"] }, { date: "2015-02-01", text: "Later." }]),
    ]);
    expect(changes.map((c) => `${c.date} ${c.entry.id}: ${c.text}`)).toEqual(["2015-02-01 b: Later.", "2015-01-05 a: Corrected.", "2014-12-01 b: Added a source."]);
    expect(changes[2]).toMatchObject({ dateText: "1 December 2014", sources: ["s"], entry: { url: "/timeline/b/" } });
  });

  it("gives two updates of one entry on one day different anchors", () => {
    const changes = listChanges([entry("a", [{ date: "2015-01-05", text: "One." }, { date: "2015-01-05", text: "Two." }])]);
    expect(changes.map((c) => c.anchor).sort()).toEqual(["a-2015-01-05-1", "a-2015-01-05-2"]);
  });

  it("is empty when nothing has been corrected", () => {
    expect(listChanges([entry("a", [])])).toEqual([]);
  });
});
