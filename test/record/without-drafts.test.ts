import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { ReportRecord } from "../../src/record/report-record.ts";
import { withoutDrafts } from "../../src/record/without-drafts.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

// Loaded in the first test (not beforeAll) so a mutation run counts it as that test's coverage.
let minimal: ReportRecord;
beforeEach(async () => {
  minimal ??= await recordAt(path.join(fixturesDir, "minimal"));
});

type Person = ReportRecord["people"][number];
type Source = ReportRecord["sources"][number];
type Term = ReportRecord["glossary"][number];
const person = (id: string, extra: Partial<Person> = {}): Person => ({ id, name: id, type: "person", sources: [], roles: [], ...extra }) as Person;
const source = (id: string, extra: Partial<Source> = {}): Source => ({ ...minimal.sources[0]!, id, file: `data/sources/${id}.md`, ...extra });
const term = (id: string, name: string, extra: Partial<Term> = {}): Term => ({ id, term: name, alsoCalled: [], definition: "x", sources: [], ...extra }) as Term;

/** The minimal record plus a draft that names things nothing published names, and whatever `change` adds. */
function published(change: (record: ReportRecord) => void = () => {}) {
  const record = structuredClone(minimal);
  const entry = record.entries[0]!;
  record.entries.push({
    ...entry, id: "secret-draft", file: "content/2014/2014-11-12-secret-draft.md", url: "/timeline/secret-draft/", draft: true,
    title: "Secret draft", summary: "Only the draft says precept.", body: "The draft.", sources: ["draft-source"], people: ["draft-person"], decidedBy: ["draft-body"],
    quotes: [{ by: "draft-speaker", text: "Hush.", source: "draft-quoted" }], updates: [{ date: "2014-12-01", text: "Later.", sources: ["draft-update-source"] }],
  });
  record.sources.push(...["draft-source", "draft-quoted", "draft-update-source"].map((id) => source(id)));
  record.people.push(...["draft-person", "draft-body", "draft-speaker"].map((id) => person(id)));
  record.glossary.push(term("precept", "Precept"));
  record.funding[0]!.stages.push({ stage: "approved", entry: "secret-draft", decidedBy: "draft-body", sources: ["draft-source"] });
  record.funding.push({ ...record.funding[0]!, id: "draft-sum", stages: [{ stage: "approved", entry: "secret-draft", decidedBy: "draft-body", sources: ["draft-source"] }] });
  record.promises.push({ id: "draft-pledge", entry: "secret-draft", madeBy: "draft-person", sources: ["draft-source"] } as ReportRecord["promises"][number]);
  change(record);
  const out = withoutDrafts(record);
  return {
    entries: out.entries.map((e) => e.id),
    funding: out.funding.map((f) => `${f.id}: ${f.stages.map((s) => s.entry).join(", ")}`),
    promises: out.promises.map((p) => p.id),
    people: out.people.map((p) => p.id),
    sources: out.sources.map((s) => s.id),
    glossary: out.glossary.map((t) => t.id),
  };
}

describe("the record a production build publishes", () => {
  it("leaves out draft entries, their stages and promises, and everything only they name", () => {
    expect(published()).toEqual({
      entries: ["cabinet-decides"],
      funding: ["reserves-release: cabinet-decides"],
      promises: [],
      people: ["martin-tett", "cabinet"],
      sources: ["council-statement"],
      glossary: [],
    });
  });

  it("keeps what published entries, quotes, updates, stages, promises and statistics name", () => {
    const out = published((r) => {
      const e = r.entries[0]!;
      e.quotes = [{ by: "draft-speaker", text: "We act.", source: "draft-quoted" }];
      e.updates = [{ date: "2014-12-01", text: "Later.", sources: ["draft-update-source"] }];
      r.funding[0]!.stages[0]!.decidedBy = "draft-body";
      r.funding[0]!.stages[0]!.sources = ["stage-source"];
      r.sources.push(source("stage-source"), source("pledge-source"), source("statistic-source"));
      r.people.push(person("pledger"), person("stater"));
      r.promises.push({ id: "pledge", entry: "cabinet-decides", madeBy: "pledger", sources: ["pledge-source"] } as ReportRecord["promises"][number]);
      r.statistics.push({ id: "backlog", source: "statistic-source", statedBy: "stater" } as ReportRecord["statistics"][number]);
    });
    expect(out.promises).toEqual(["pledge"]);
    expect(out.people).toEqual(["martin-tett", "cabinet", "draft-body", "draft-speaker", "pledger", "stater"]);
    expect(out.sources).toEqual(["council-statement", "draft-quoted", "draft-update-source", "stage-source", "pledge-source", "statistic-source"]);
  });

  it("keeps what is marked standalone, and the bodies a person shown held roles in, with the roles' sources", () => {
    const out = published((r) => {
      r.people.push(person("shown", { standalone: true, roles: [{ title: "Chair", organisation: "committee", sources: ["role-source"] }] }));
      r.people.push(person("committee", { type: "organisation", roles: [{ title: "Part of", organisation: "council", sources: ["council-source"] }] }), person("council"), person("unused"));
      r.sources.push(source("role-source"), source("council-source"), source("kept-anyway", { standalone: true }));
    });
    expect(out.people).toEqual(["martin-tett", "cabinet", "shown", "committee", "council"]);
    expect(out.sources).toEqual(["council-statement", "role-source", "council-source", "kept-anyway"]);
  });

  it("keeps a glossary term published text says, in any case or as a plural or other name, with its person and sources", () => {
    const out = published((r) => {
      r.entries[0]!.body = "Cabinet raised the PRECEPTS and spoke of an s151 officer.";
      r.glossary.push(term("section-151", "Section 151 officer", { alsoCalled: ["s151 officer"], person: "finance-director", sources: ["term-source"] }));
      r.glossary.push(term("reserve", "Reserve"), term("cab", "Cab"), term("kept", "Kept term", { standalone: true }));
      r.people.push(person("finance-director"));
      r.sources.push(source("term-source"));
    });
    // "Reserves" is in the sum's label ("Released from reserves"); "Cab" only inside "Cabinet".
    expect(out.glossary).toEqual(["precept", "section-151", "reserve", "kept"]);
    expect(out.people).toContain("finance-director");
    expect(out.sources).toContain("term-source");
  });
  it("finds a term wherever a published entry shows it, and never across the end of one field and the start of the next", () => {
    const out = published((r) => {
      const e = r.entries[0]!;
      Object.assign(e, { title: "Cabinet decides on the Del", summary: "ta of the plan.", dateNote: "Alpha week.", updates: [{ date: "2014-12-02", text: "Charlie corrected it." }] });
      e.quotes = [{ by: "martin-tett", text: "Bravo to all.", source: "council-statement" }];
      r.entries.push({ ...e, id: "second", file: "content/2014/2014-11-11-second.md", url: "/timeline/second/", title: "o note", summary: "x", dateNote: undefined, quotes: [], updates: [{ date: "2014-12-03", text: "Later." }] });
      e.updates.push({ date: "2014-12-04", text: "An Ech" });
      r.glossary.push(term("alpha", "Alpha"), term("bravo", "Bravo"), term("charlie", "Charlie"), term("delta", "Delta"), term("echo", "Echo"));
    });
    expect(out.glossary).toEqual(["alpha", "bravo", "charlie"]);
  });

  it("finds a term whose name has characters a pattern would read specially", () => {
    const out = published((r) => {
      r.entries[0]!.body = "The S.151 officer (the council's chief finance officer) signed it.";
      r.glossary.push(term("s151", "S.151 officer"), term("s-151", "S151 officer"));
    });
    expect(out.glossary).toEqual(["s151"]);
  });

  it("finds a term the published data says, but not one only an unpublished person's details say", () => {
    const out = published((r) => {
      r.site.banner = "A record kept with the Ombudsman in mind.";
      r.people.find((p) => p.id === "draft-person")!.name = "Treasurer of the draft";
      r.glossary.push(term("ombudsman", "Ombudsman"), term("treasurer", "Treasurer"));
    });
    expect(out.glossary).toEqual(["ombudsman"]);
    const shown = published((r) => {
      r.people.find((p) => p.id === "martin-tett")!.name = "Treasurer Tett";
      r.glossary.push(term("treasurer", "Treasurer"));
    });
    expect(shown.glossary).toEqual(["treasurer"]);
  });
});
