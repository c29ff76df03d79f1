import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { TemplateAnchors } from "../../src/loaders/template-anchors.ts";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkAnchorIds } from "../../src/record/check-anchor-ids.ts";
import { parseTree } from "jsonc-parser";
import { jsonLocator } from "../../src/loaders/json-locator.ts";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

let minimal: ReportRecord;
// Loaded in the first test rather than beforeAll, so Stryker sees the checks the loader runs as
// that test's coverage (code run before any test counts as "static" and was never re-run).
beforeEach(async () => {
  minimal ??= await recordAt(path.join(fixturesDir, "minimal"));
});

// As if the templates wrote id="main", id="chart-scale" and id="money-heading", and filled in
// id="chart-{{ id }}" and id="{{ id }}-heading" for record ids.
const anchors: TemplateAnchors = {
  fixed: new Set(["main", "chart-scale", "money-heading"]),
  around: [{ before: "chart-", after: "" }, { before: "", after: "-heading" }],
};
const collides = (element: string) => `is also the id of an element the site's pages write (id="${element}"), so the two would collide on a page`;
const collide = (id: string, element = id) => `"${id}" ${collides(element)}`;
// Where the check asked to point: line = depth of the path, column = index of the item.
const locate: Locate = (p) => ({ line: p.length, column: Number(p[1]) + 1 });

function problemsAfter(change: (record: ReportRecord) => void, locators = new Map<string, Locate>()): string[] {
  const record = structuredClone(minimal);
  change(record);
  return checkAnchorIds(record, anchors, locators).map(formatProblem);
}

describe("checkAnchorIds", () => {
  it("accepts ids the templates do not write, alone or filled in", () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(problemsAfter((r) => (r.people[0]!.id = "chart"))).toEqual([]);
  });

  it("reports an id in every data file that gives pages anchors, at the id", () => {
    const lines = problemsAfter((r) => {
      r.glossary.push({ ...({} as ReportRecord["glossary"][number]), id: "main" });
      r.promises.push({ ...({} as ReportRecord["promises"][number]), id: "main" });
      r.funding[0]!.id = "main";
      r.statistics.push({ ...({} as ReportRecord["statistics"][number]), id: "main" });
      r.people[1]!.id = "main";
      r.site.phases[0]!.id = "main";
    }, new Map([["data/glossary.json", locate], ["data/people.json", locate]]));
    expect(lines).toEqual([
      `data/glossary.json:3:1  terms[0].id: ${collide("main")}; choose another id`,
      `data/promises.json:1:1  promises[0].id: ${collide("main")}; choose another id`,
      `data/funding.json:1:1  sums[0].id: ${collide("main")}; choose another id`,
      `data/statistics.json:1:1  statistics[0].id: ${collide("main")}; choose another id`,
      `data/people.json:3:2  people[1].id: ${collide("main")}; choose another id`,
      `data/site.json:1:1  phases[0].id: ${collide("main")}; choose another id`,
    ]);
  });

  it("points at the id itself in the data file", () => {
    const text = '{ "terms": [\n  { "term": "Main", "id": "main" }\n] }\n';
    expect(problemsAfter((r) => r.glossary.push({ id: "main" } as ReportRecord["glossary"][number]), new Map([["data/glossary.json", jsonLocator(parseTree(text)!, text)]]))).toEqual([
      `data/glossary.json:2:27  terms[0].id: ${collide("main")}; choose another id`,
    ]);
  });

  it("reports an id that, filled into a template's id, repeats one the templates write", () => {
    expect(problemsAfter((r) => {
      r.people[0]!.id = "scale";
      r.people[1]!.id = "money";
    })).toEqual([
      `data/people.json:1:1  people[0].id: ${collide("scale", "chart-scale")}; choose another id`,
      `data/people.json:1:1  people[1].id: ${collide("money", "money-heading")}; choose another id`,
    ]);
  });

  it("tells a source or an entry, whose id is its file name, to rename the file", () => {
    expect(problemsAfter((r) => {
      r.sources[0]!.id = "scale";
      r.entries[0]!.id = "main";
    })).toEqual([
      `data/sources/council-statement.md:1:1  the file name gives this source the id "scale", which ${collides("chart-scale")}; rename the file (and the citations of it)`,
      `content/2014/2014-11-10-cabinet-decides.md:1:1  the file name gives this entry the id "main", which ${collides("main")}; change the words after the date`,
    ]);
  });
});
