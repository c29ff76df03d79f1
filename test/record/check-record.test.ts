import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkRecord, type CheckContext } from "../../src/record/check-record.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// The minimal fixture record, loaded once; each test changes a copy of it the way an editor might.
let minimal: ReportRecord;
// Loaded in the first test rather than beforeAll, so Stryker sees the checks the loader runs as
// that test's coverage (code run before any test counts as "static" and was never re-run).
beforeEach(async () => {
  minimal ??= await recordAt(path.join(fixturesDir, "minimal"));
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

    it("reports a duplicate sum, statistic, promise and glossary term, each in its file", () => {
      const lines = problemsAfter((r) => {
        r.funding.push({ ...r.funding[0]! });
        r.statistics.push(...[{ id: "backlog" }, { id: "backlog" }] as ReportRecord["statistics"]);
        r.promises.push(...[{ id: "pledge" }, { id: "pledge" }] as ReportRecord["promises"]);
        r.glossary.push(...[{ id: "precept" }, { id: "precept" }] as ReportRecord["glossary"]);
      });
      expect(lines).toEqual([
        'data/funding.json:3:5  sums[1].id: "reserves-release" is used twice; every id must be different',
        'data/statistics.json:1:1  statistics[1].id: "backlog" is used twice; every id must be different',
        'data/promises.json:1:1  promises[1].id: "pledge" is used twice; every id must be different',
        'data/glossary.json:1:1  terms[1].id: "precept" is used twice; every id must be different',
      ]);
    });

    it("reports an id used three times at the second and third", () => {
      expect(problemsAfter((r) => r.people.push({ ...r.people[1]! }, { ...r.people[1]! }))).toEqual([
        'data/people.json:3:5  people[2].id: "cabinet" is used twice; every id must be different',
        'data/people.json:3:5  people[3].id: "cabinet" is used twice; every id must be different',
      ]);
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

    it("names every unknown reference, in every file, with where the known ones are listed", () => {
      const lines = problemsAfter((r) => {
        const e = entry(r);
        Object.assign(e, {
          phase: "zz-phase", sources: ["council-statement", "zz-source"], people: ["zz-person"], decidedBy: ["zz-body"], funding: ["zz-sum"],
          quotes: [{ by: "zz-speaker", text: "We will act.", source: "zz-quoted" }],
          updates: [{ date: "2015-01-01", text: "Later.", sources: ["zz-update-source"] }],
        });
        r.funding[0]!.stages[0] = { stage: "approved", decidedBy: "zz-decider", entry: "zz-entry", sources: ["council-statement", "zz-stage-source"] };
        r.people[0]!.sources = ["zz-person-source"];
        r.people[0]!.roles[0] = { title: "Leader", organisation: "zz-org", sources: ["zz-role-source"] };
        r.statistics.push({ id: "backlog", source: "zz-stat-source", statedBy: "zz-stater" } as ReportRecord["statistics"][number]);
        r.promises.push({ id: "pledge", madeBy: "zz-maker", entry: "zz-promise-entry", sources: ["zz-promise-source"] } as ReportRecord["promises"][number]);
        r.glossary.push({ id: "precept", person: "zz-term-person", sources: ["zz-term-source"] } as ReportRecord["glossary"][number]);
      });
      expect(lines).toEqual([
        `${ENTRY}:1:5  phase: unknown phase "zz-phase" (see data/site.json)`,
        `${ENTRY}:2:5  sources[1]: unknown source "zz-source" (see data/sources/)`,
        `${ENTRY}:2:5  people[0]: unknown person or body "zz-person" (see data/people.json)`,
        `${ENTRY}:2:5  decidedBy[0]: unknown person or body "zz-body" (see data/people.json)`,
        `${ENTRY}:2:5  funding[0]: unknown sum "zz-sum" (see data/funding.json)`,
        `${ENTRY}:3:5  quotes[0].by: unknown person or body "zz-speaker" (see data/people.json)`,
        `${ENTRY}:3:5  quotes[0].source: unknown source "zz-quoted" (see data/sources/)`,
        `${ENTRY}:4:5  updates[0].sources[0]: unknown source "zz-update-source" (see data/sources/)`,
        'data/funding.json:5:5  sums[0].stages[0].decidedBy: unknown person or body "zz-decider" (see data/people.json)',
        'data/funding.json:5:5  sums[0].stages[0].entry: unknown entry "zz-entry" (see content/)',
        'data/funding.json:6:5  sums[0].stages[0].sources[1]: unknown source "zz-stage-source" (see data/sources/)',
        'data/people.json:4:5  people[0].sources[0]: unknown source "zz-person-source" (see data/sources/)',
        'data/people.json:5:5  people[0].roles[0].organisation: unknown person or body "zz-org" (see data/people.json)',
        'data/people.json:6:5  people[0].roles[0].sources[0]: unknown source "zz-role-source" (see data/sources/)',
        'data/statistics.json:1:1  statistics[0].source: unknown source "zz-stat-source" (see data/sources/)',
        'data/statistics.json:1:1  statistics[0].statedBy: unknown person or body "zz-stater" (see data/people.json)',
        'data/promises.json:1:1  promises[0].madeBy: unknown person or body "zz-maker" (see data/people.json)',
        'data/promises.json:1:1  promises[0].entry: unknown entry "zz-promise-entry" (see content/)',
        'data/promises.json:1:1  promises[0].sources[0]: unknown source "zz-promise-source" (see data/sources/)',
        'data/glossary.json:1:1  terms[0].person: unknown person or body "zz-term-person" (see data/people.json)',
        'data/glossary.json:1:1  terms[0].sources[0]: unknown source "zz-term-source" (see data/sources/)',
      ]);
      // Nothing loaded, nothing to check against: no reference is reported.
      expect(problemsAfter((r) => (entry(r).people = ["zz-person"]), { loaded: new Set() })).toEqual([]);
    });

    it("accepts references to an entry, a sum and a body the record has", () => {
      expect(problemsAfter((r) => {
        r.promises.push({ id: "pledge", madeBy: "cabinet", entry: "cabinet-decides", sources: ["council-statement"] } as ReportRecord["promises"][number]);
        r.people[0]!.roles[0]!.organisation = "cabinet";
      })).toEqual([]);
    });

    it("checks sums against their entries only when both loaded", () => {
      const unlisted = (r: ReportRecord) => (entry(r).funding = []);
      const stage = 'data/funding.json:5:5  sums[0].stages[0].entry: entry "cabinet-decides" does not list "reserves-release" under funding; add it there so the two agree';
      expect(problemsAfter(unlisted)).toEqual([stage]);
      expect(problemsAfter(unlisted, { loaded: new Set(["site", "entries", "people", "sources"]) })).toEqual([]);
      expect(problemsAfter(unlisted, { loaded: new Set(["site", "funding", "people", "sources"]) })).toEqual([]);
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

    it("checks a source's dates, and an entry's own dates against the earliest date", () => {
      expect(problemsAfter((r) => {
        Object.assign(r.sources[0]!, { datePrecision: "range", dateTo: "2026-01-02" });
        Object.assign(entry(r), { datePrecision: "range", date: "2009-01-01", dateTo: "2009-06-01" });
      })).toEqual([
        `${ENTRY}:1:5  date: "2009-01-01" is before 2010-01-01, the earliest date this record covers; check the year`,
        `${ENTRY}:1:5  dateTo: "2009-06-01" is before 2010-01-01, the earliest date this record covers; check the year`,
        'data/sources/council-statement.md:1:1  dateTo: "2026-01-02" is in the future (today is 2026-01-01); check the year',
      ]);
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
