import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkRecord, type CheckContext } from "../../src/record/check-record.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// The minimal fixture record, loaded once; each test changes a copy of it the way an editor might.
let minimal: ReportRecord;
beforeAll(async () => {
  minimal = await recordAt(path.join(fixturesDir, "minimal"));
});

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const allLoaded: CheckContext["loaded"] = new Set(["site", "entries", "funding", "people", "sources", "statistics", "promises", "glossary"]);

// A locator that says where it was asked to look: line = path depth, column 1 for a key, 5 for a value.
const depthLocate: Locate = (p, target = "value") => ({ line: p.length, column: target === "key" ? 1 : 5 });

/** The problems `checkRecord` reports for the minimal record after `change`, one formatted line each. */
function problemsAfter(change: (record: ReportRecord) => void, context: Partial<CheckContext> = {}): string[] {
  const record = structuredClone(minimal);
  change(record);
  const locators = new Map<string, Locate>([["data/funding.json", depthLocate], ["data/people.json", depthLocate], ["data/sources.json", depthLocate], [ENTRY, depthLocate]]);
  return checkRecord(record, { locators, loaded: allLoaded, today: "2026-01-01", ...context }).map(formatProblem);
}

const entry = (record: ReportRecord) => record.entries[0]!;

describe("checkRecord", () => {
  it("finds nothing wrong in the minimal record", () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  describe("ids", () => {
    it("reports a person listed twice, at the second one", () => {
      expect(problemsAfter((r) => r.people.push({ ...r.people[0]! }))).toEqual([
        'data/people.json:3:5  people[2].id: "martin-tett" is used twice; every id must be different',
      ]);
    });

    it("reports a duplicate id in each data file", () => {
      const lines = problemsAfter((r) => {
        r.site.phases.push({ ...r.site.phases[0]! });
      });
      expect(lines).toContain('data/site.json:1:1  phases[1].id: "response" is used twice; every id must be different');
    });

    it("reports two entries that would share a web address", () => {
      expect(problemsAfter((r) => r.entries.push({ ...entry(r), file: "content/2015/2015-01-01-cabinet-decides.md", funding: [] }))).toEqual([
        `content/2015/2015-01-01-cabinet-decides.md:1:1  this entry would have the same web address (${minimal.entries[0]!.url}) as ${ENTRY}; change the words after the date in one of the file names`,
      ]);
    });
  });

  describe("references", () => {
    it("names an unknown person and suggests the one meant", () => {
      expect(problemsAfter((r) => (entry(r).people = ["martin-tet"]))).toEqual([`${ENTRY}:2:5  people[0]: unknown person or body "martin-tet"; did you mean "martin-tett"?`]);
    });

    it("says where to look when nothing is close", () => {
      expect(problemsAfter((r) => (entry(r).sources = ["council-statement", "zzz"]))).toEqual([`${ENTRY}:2:5  sources[1]: unknown source "zzz" (see data/sources/)`]);
      expect(problemsAfter((r) => (entry(r).phase = "aftermath"))).toEqual([`${ENTRY}:1:5  phase: unknown phase "aftermath" (see data/site.json)`]);
    });

    it("checks references from every data file", () => {
      const lines = problemsAfter((r) => {
        r.people[0]!.roles[0]!.organisation = "nowhere";
        r.statistics.push({ ...({} as ReportRecord["statistics"][number]), id: "s", source: "no-source", statedBy: "no-one" } as ReportRecord["statistics"][number]);
      });
      expect(lines).toContain('data/people.json:5:5  people[0].roles[0].organisation: unknown person or body "nowhere" (see data/people.json)');
      expect(lines).toContain('data/statistics.json:1:1  statistics[0].source: unknown source "no-source" (see data/sources/)');
      expect(lines).toContain('data/statistics.json:1:1  statistics[0].statedBy: unknown person or body "no-one" (see data/people.json)');
    });

    it("does not check references into a collection that failed to load, so its problem is told once", () => {
      const loaded: CheckContext["loaded"] = new Set(["site", "entries", "funding", "sources", "statistics", "promises", "glossary"]);
      expect(problemsAfter((r) => (entry(r).people = ["martin-tet"]), { loaded })).toEqual([]);
    });

    it("reports a quotation whose source the entry does not cite", () => {
      const lines = problemsAfter((r) => {
        r.sources.push({ ...r.sources[0]!, id: "ofsted-report" });
        entry(r).quotes = [{ by: "martin-tett", text: "We will act.", source: "ofsted-report" }];
      });
      expect(lines).toEqual([`${ENTRY}:3:5  quotes[0].source: "ofsted-report" must also be listed under sources, so the page cites it`]);
    });

    it("accepts a quotation from a source the entry cites, and names an unknown speaker", () => {
      expect(problemsAfter((r) => (entry(r).quotes = [{ by: "martin-tett", text: "We will act.", source: "council-statement" }]))).toEqual([]);
      expect(problemsAfter((r) => (entry(r).quotes = [{ by: "m-tett", text: "We will act.", source: "council-statement" }]))).toEqual([
        `${ENTRY}:3:5  quotes[0].by: unknown person or body "m-tett"; did you mean "martin-tett"?`,
      ]);
    });

    // Citations in the body are checked with their words by src/citations/ (test/citations/).
  });

  describe("dates", () => {
    it("reports a date after today, in the entry and in a source", () => {
      const lines = problemsAfter((r) => {
        entry(r).date = "2026-01-02";
        r.sources[0]!.date = "2027-03-01";
      });
      expect(lines).toEqual([
        `${ENTRY}:1:5  date: "2026-01-02" is in the future (today is 2026-01-01); check the year`,
        // A source's id is its file name; its date is located in the file by the loader's own locator.
        'data/sources/council-statement.md:1:1  date: "2027-03-01" is in the future (today is 2026-01-01); check the year',
      ]);
    });

    it("accepts today itself and the earliest date the record covers", () => {
      expect(problemsAfter((r) => (entry(r).date = "2026-01-01"))).toEqual([]);
      expect(problemsAfter((r) => (entry(r).date = "2010-01-01"))).toEqual([]);
    });

    it("reports a date before the earliest date the record covers", () => {
      expect(problemsAfter((r) => (entry(r).date = "2009-12-31"))).toEqual([`${ENTRY}:1:5  date: "2009-12-31" is before 2010-01-01, the earliest date this record covers; check the year`]);
    });

    it("checks the end of a range too", () => {
      expect(problemsAfter((r) => Object.assign(entry(r), { datePrecision: "range", dateTo: "2030-01-01" }))).toEqual([
        `${ENTRY}:1:5  dateTo: "2030-01-01" is in the future (today is 2026-01-01); check the year`,
      ]);
    });

    it("reports an update dated before its entry, and one dated after today", () => {
      expect(problemsAfter((r) => (entry(r).updates = [{ date: "2014-11-09", text: "Earlier." }, { date: "2014-11-10", text: "Same day." }, { date: "2026-06-01", text: "Later." }]))).toEqual([
        `${ENTRY}:3:5  updates[0].date: "2014-11-09" is before the entry's own date (2014-11-10); an update comes after the event`,
        `${ENTRY}:3:5  updates[2].date: "2026-06-01" is in the future (today is 2026-01-01); check the year`,
      ]);
    });
  });
});
