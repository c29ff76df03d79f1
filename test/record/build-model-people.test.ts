import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/views/build-views.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// What the people, glossary, entry and feed pages say, read from models of the housing fixture
// record with one thing changed each time.
const housing = async (change: (record: ReportRecord) => void = () => {}) => {
  const record = structuredClone(await recordAt(housingRoot));
  change(record);
  return buildModel(record);
};
const OMBUDSMAN = "ombudsman-finds-severe-maladministration";

describe("each person's and body's page", () => {
  it("lists the events a person is only quoted in, and counts and shows only their own quotations", async () => {
    const model = await housing((record) => {
      const entry = record.entries.find((e) => e.id === OMBUDSMAN)!;
      expect(entry.people).not.toContain("june-adeyemi");
      entry.quotes.push({ ...entry.quotes[0]!, by: "june-adeyemi", text: "A second voice" });
    });
    const june = model.people.find((p) => p.id === "june-adeyemi")!;
    expect(june.entries.map((e) => e.id)).toContain(OMBUDSMAN);
    expect(june.quotes.map((q) => [q.entry.id, q.text])).toEqual([
      ["tenants-count-homes-waiting-for-damp-repairs", expect.any(String)],
      [OMBUDSMAN, "A second voice"],
    ]);
    const tom = model.people.find((p) => p.id === "tom-okafor")!;
    expect(tom.quotes.map((q) => q.entry.id)).toEqual([OMBUDSMAN]);
    expect(tom.involvementText).toMatch(/quoted 1 time\b/);
    expect(june.involvementText).toMatch(/quoted 2 times\b/);
  });

  it("says of a person no event names that they are named in none", async () => {
    const model = await housing((record) => {
      record.people.push({ ...record.people.find((p) => p.id === "sam-lowe")!, id: "nobody-named", name: "Nobody Named", roles: [] });
    });
    const nobody = model.people.find((p) => p.id === "nobody-named")!;
    expect([nobody.involvementText, nobody.entries, nobody.quotes]).toEqual(["Named in no event.", [], []]);
  });
});

describe("an entry's page", () => {
  it("names the kind of each cited document in the record's words", async () => {
    const model = await housing();
    const html = model.entries.map((e) => e.html).join("\n");
    expect(html).toContain("(council statement, ");
    expect(html).not.toContain("(council-statement, ");
  });

  it("gives the date of the latest update as last updated, and as the feed's updated time, whatever order they are written in", async () => {
    const model = await housing((record) => {
      const entry = record.entries.find((e) => e.id === OMBUDSMAN)!;
      entry.updates = [
        { date: "2023-06-01", text: "The latest." },
        { date: "2023-04-01", text: "The first." },
        { date: "2023-05-01", text: "The second." },
      ];
    });
    const entry = model.entries.find((e) => e.id === OMBUDSMAN)!;
    expect([entry.lastUpdated, entry.lastUpdatedFrom, entry.updateList.map((u) => u.date)]).toEqual(["2023-06-01", "update", ["2023-04-01", "2023-05-01", "2023-06-01"]]);
    const item = model.feed.find((i) => i.url === entry.url && i.published.getTime() === Date.parse(`${entry.date}T00:00:00Z`));
    expect(item?.updated.toISOString()).toBe("2023-06-01T00:00:00.000Z");
  });
});

describe("the glossary", () => {
  it("puts the terms in the alphabetical order of the record's language", async () => {
    const terms = (language: string) =>
      housing((record) => {
        record.site.language = language;
        record.glossary = ["Zebra crossing", "Ödemark", "Apple"].map((term, i) => ({ ...record.glossary[0]!, id: `term-${i}`, term }));
      }).then((m) => m.glossary.map((t) => t.term));
    expect(await terms("en-GB")).toEqual(["Apple", "Ödemark", "Zebra crossing"]);
    expect(await terms("sv-SE")).toEqual(["Apple", "Zebra crossing", "Ödemark"]);
  });
});
