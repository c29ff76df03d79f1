import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir, housingRoot } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// An entry's page, the feeds and the site-wide words, from the page model of the fixture records.
// A test that edits a record works on a copy: the loader hands every caller the same one.
const housing = async () => structuredClone(await recordAt(housingRoot));
const minimal = async () => structuredClone(await recordAt(path.join(fixturesDir, "minimal")));

describe("an entry's page", () => {
  it("names its kind and phase in the record's words, links their filter pages, and links the entries either side", async () => {
    const { entries } = buildModel(await housing());
    const page = (id: string) => {
      const e = entries.find((x) => x.id === id)!;
      return `${e.kindLabel} (${e.kindUrl}), ${e.phaseTitle} (${e.phaseUrl}), ${e.dateText} [${e.dateTime}]; ← ${e.previous?.title ?? "none"} (${e.previous?.dateText ?? ""}); → ${e.next?.title ?? "none"}`;
    };
    expect(page("tenants-count-homes-waiting-for-damp-repairs")).toBe(
      "Report (/timeline/kind/report/), The warnings (/timeline/phase/warnings/), March 2021 [2021-03]; ← none (); → Housing Committee notes the repairs backlog and asks for a plan",
    );
    expect(page("regulator-inspects-housing-service")).toBe(
      `Inspection (/timeline/kind/inspection/), The Ombudsman's finding (/timeline/phase/the-finding/), March 2022 [2022-03]; ← Ombudsman finds the council's repairs caused "severe" distress to a family (10 February 2022); → Housing Committee recommends £1.2m for a damp and mould taskforce`,
    );
    expect(page("housing-committee-reviews-progress")).toMatch(/; → none$/);
  });

  it("says who decided and who else was involved, each with one line on who they are", async () => {
    const { entries } = buildModel(await housing());
    const people = (id: string) => {
      const e = entries.find((x) => x.id === id)!;
      return [e.decidedByList.map((p) => p.name), e.peopleList.map((p) => p.name), e.deciders.map((p) => `${p.name}: ${p.summary ?? "–"}`), e.othersInvolved.map((p) => `${p.name}: ${p.summary ?? "–"}`)];
    };
    expect(people("housing-committee-reviews-progress")).toEqual([
      ["Housing Committee"],
      ["Housing Committee", "Priya Raman", "Sam Lowe"],
      ["Housing Committee: The committee of councillors that decides housing matters."],
      // Priya Raman's record has a description; Sam Lowe's has only a role, which stands in for it.
      ["Priya Raman: An invented councillor.", "Sam Lowe: Interim Director of Housing"],
    ]);
    expect(people("regulator-inspects-housing-service")[3]).toEqual(["Regulator of Social Housing: –"]);
  });

  it("gives each quotation who said it and a link to its place in the source", async () => {
    const { entries } = buildModel(await housing());
    const e = entries.find((x) => x.id === "tenants-count-homes-waiting-for-damp-repairs")!;
    expect(e.quoteList.map((q) => `${q.person.name} (${q.personItem.summary}), ${q.sourceItem.title} [${q.sourceItem.kindLabel}]: ${q.passageUrl}`)).toEqual([
      `June Adeyemi (Secretary of the Marsh Lane Tenants' Association), ${e.sourceList[0]!.title} [News report]: /sources/#news-tenants-damp-survey--p3`,
    ]);
  });

  it("lists its updates oldest first with their sources, and is cited with its last update", async () => {
    const { entries } = buildModel(await housing());
    const e = entries.find((x) => x.id === "housing-committee-reviews-progress")!;
    expect(e.updateList.map((u) => `${u.dateText}: [${u.sourceList.map((s) => s.id).join(", ")}]`)).toEqual(["20 March 2023: [committee-report-march-2023]", "2 April 2023: []"]);
    expect(e.lastUpdatedText).toBe("2 April 2023");
    expect(e.citationText).toMatch(/ \(last updated 2 April 2023\)$/);
  });

  it("is cited without a publisher when the record names none, and without a date when nothing says when it changed", async () => {
    const record = await minimal();
    delete (record.site as { publisher?: string }).publisher;
    const [entry] = buildModel(record).entries;
    expect(entry!.citationText).toBe("“Cabinet decides”. Example council record. https://example.org/timeline/cabinet-decides/");
    expect(entry!.lastUpdatedText).toBeUndefined();
    const [cited] = buildModel(await minimal()).entries;
    expect(cited!.citationText).toBe("Test publisher. “Cabinet decides”. Example council record. https://example.org/timeline/cabinet-decides/");
  });

  it("numbers its citation notes apart in the full report, where every entry shares one page, and starts its headings at h4 there", async () => {
    const record = await minimal();
    record.entries[0]!.body = "Cabinet met [as announced](source:council-statement).\n\n## What it costs\n\nMore.";
    const [entry] = buildModel(record).entries;
    expect(entry!.html).toContain("<h2");
    expect(entry!.html).toContain('id="note-1"');
    expect(entry!.reportHtml).toContain("<h4");
    expect(entry!.reportHtml).not.toContain("<h2");
    expect(entry!.reportHtml).toContain('id="cabinet-decides--note-1"');
  });
});

describe("the feeds", () => {
  it("lists every entry, updated on its latest update, and every update as an item of its own, newest first", async () => {
    const record = await housing();
    const { feed, feedUpdated, changesUpdated, changeFeed } = buildModel(record);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(feed.slice(0, 5).map((f) => `${day(f.updated)} (${day(f.published)}) ${f.title} ${f.id} ${f.url}${f.html ? " +html" : ""}`)).toEqual([
      // Same day: the entry's title sorts before the "Update to …" item's.
      "2023-04-02 (2023-03-14) Housing Committee hears the plan missed its deadline /timeline/housing-committee-reviews-progress/ /timeline/housing-committee-reviews-progress/ +html",
      "2023-04-02 (2023-04-02) Update to “Housing Committee hears the plan missed its deadline” /changes/#housing-committee-reviews-progress-2023-04-02-1 /timeline/housing-committee-reviews-progress/",
      "2023-03-20 (2023-03-20) Update to “Housing Committee hears the plan missed its deadline” /changes/#housing-committee-reviews-progress-2023-03-20-1 /timeline/housing-committee-reviews-progress/",
      "2023-01-01 (2023-01-01) The regulator reviews the council's progress /timeline/regulator-reviews-progress/ /timeline/regulator-reviews-progress/ +html",
      "2022-11-15 (2022-11-15) Housing Committee accepts a £400,000 government grant /timeline/housing-committee-accepts-grant/ /timeline/housing-committee-accepts-grant/ +html",
    ]);
    expect(feed).toHaveLength(14 + 2);
    expect(feed[1]!.summary).toBe(changeFeed[0]!.text);
    expect(feed[0]!.summary).toBe(record.entries.find((e) => e.id === "housing-committee-reviews-progress")!.summary);
    expect([feedUpdated.toISOString(), changesUpdated.toISOString()]).toEqual(["2023-04-02T00:00:00.000Z", "2023-04-02T00:00:00.000Z"]);
    expect(changeFeed.map((c) => `${c.anchor} ${c.updated.toISOString()} [${c.sourceList.map((s) => s.id).join(", ")}]`)).toEqual([
      "housing-committee-reviews-progress-2023-04-02-1 2023-04-02T00:00:00.000Z []",
      "housing-committee-reviews-progress-2023-03-20-1 2023-03-20T00:00:00.000Z [committee-report-march-2023]",
    ]);
  });

  it("dates a feed with no corrections by its newest entry, and an empty record by its earliest date", async () => {
    const model = buildModel(await minimal());
    expect([model.changes, model.feedUpdated.toISOString(), model.changesUpdated.toISOString()]).toEqual([[], "2014-11-10T00:00:00.000Z", "2014-11-10T00:00:00.000Z"]);
    const empty = await minimal();
    empty.entries = [];
    empty.funding = [];
    const nothing = buildModel(empty);
    const earliest = `${empty.site.earliestDate}T00:00:00.000Z`;
    expect([nothing.feed, nothing.feedUpdated.toISOString(), nothing.changesUpdated.toISOString()]).toEqual([[], earliest, earliest]);
  });
});

describe("the site's own words and pages", () => {
  it("writes the accessibility statement's compliance in words, and says when public-sector regulations bind the site", async () => {
    const { accessibility } = buildModel(await housing());
    expect([accessibility?.complianceText, accessibility?.boundByRegulations]).toEqual(["partially compliant", true]);
    const record = await housing();
    record.site.accessibility!.legalBasis = "voluntary" as never;
    expect(buildModel(record).accessibility?.boundByRegulations).toBe(false);
    expect(buildModel(await minimal()).accessibility).toBeUndefined();
  });

  it("takes each page's title and description from the record, else the generic words, and leaves out the money page when there is no money", async () => {
    const record = await minimal();
    record.site.pages = { ...record.site.pages, people: { title: "Who is who", navLabel: "Who" } } as typeof record.site.pages;
    const model = buildModel(record);
    expect(model.pageWords.people).toEqual({ title: "Who is who", description: "Who held which role, what they decided and what they said, as the sources record it.", navLabel: "Who" });
    expect(model.pageWords.glossary).toEqual({ title: "Glossary", description: "Plain explanations of the words and bodies that appear in this record.", navLabel: undefined });
    expect(model.navigation.map((n) => n.label)).toContain("Who");
    expect(model.footerNavigation.map((n) => `${n.label} ${n.url}`)).toEqual([
      "About and method /about/", "Glossary /glossary/", "Changes and corrections /changes/", "Full report to print /report/", "Accessibility statement /accessibility/",
    ]);
    expect(model.optionalPages.money).toEqual([{ url: "/money/" }]);
    record.funding = [];
    record.entries[0]!.funding = [];
    const noMoney = buildModel(record);
    expect(noMoney.optionalPages.money).toEqual([]);
    expect(noMoney.navigation.map((n) => n.label)).not.toContain("Money");
  });

  it("lists one timeline filter per kind and phase in use, in the record's order, and counts drafts", async () => {
    const record = await housing();
    const model = buildModel(record);
    expect(model.timelineFilters.kinds.map((k) => `${k.label} ${k.url} ${k.entries.length}`)).toEqual([
      "Inspection /timeline/kind/inspection/ 1",
      "Ombudsman decision /timeline/kind/ombudsman-decision/ 1",
      "Report /timeline/kind/report/ 2",
      "Committee decision /timeline/kind/committee-decision/ 3",
      "Scrutiny /timeline/kind/scrutiny/ 2",
      "Plan /timeline/kind/plan/ 1",
      "Deadline /timeline/kind/deadline/ 1",
      "Appointment /timeline/kind/appointment/ 1",
      "Resignation /timeline/kind/resignation/ 1",
      "Government review /timeline/kind/government-review/ 1",
    ]);
    expect(model.phases.map((p) => `${p.title} ${p.url} ${p.entries.length}`)).toEqual([
      "The warnings /timeline/phase/warnings/ 3",
      "The Ombudsman's finding /timeline/phase/the-finding/ 2",
      "Money and a plan /timeline/phase/money-and-plan/ 6",
      "Oversight /timeline/phase/oversight/ 3",
    ]);
    // A kind or phase no entry uses any more gets no filter page, but the timeline still lists the phase.
    const moved = await housing();
    for (const e of moved.entries) {
      if (e.kind === "plan") e.kind = "report";
      if (e.phase === "the-finding") e.phase = "warnings";
    }
    const fewer = buildModel(moved);
    expect(fewer.timelineFilters.kinds.map((k) => k.id)).not.toContain("plan");
    expect(fewer.timelineFilters.kinds.find((k) => k.id === "report")?.entries.length).toBe(3);
    expect(fewer.timelineFilters.phases.map((p) => `${p.id} ${p.entries.length}`)).toEqual(["warnings 5", "money-and-plan 6", "oversight 3"]);
    expect(fewer.phases.map((p) => `${p.id} ${p.entries.length}`)).toEqual(["warnings 5", "the-finding 0", "money-and-plan 6", "oversight 3"]);
    expect(model.drafts).toBe(0);
    record.entries[0]!.draft = true;
    expect(buildModel(record).drafts).toBe(1);
  });
});

describe("a reference the record checks should have refused", () => {
  it("stops the build naming the unknown id, rather than printing a page with a gap", async () => {
    const record = await minimal();
    record.entries[0]!.people = ["nobody-of-that-name"];
    expect(() => buildModel(record)).toThrow('Reference to unknown id "nobody-of-that-name" reached the model');
  });
});

