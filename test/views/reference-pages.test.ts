import { describe, expect, it } from "vitest";
import path from "node:path";
import { buildModel } from "../../src/views/build-views.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { housingModel, recordAt } from "../support/load-model.ts";

// What the sources, people, glossary and promises pages say, from the page model of the housing
// fixture record (test/fixtures/housing): its facts are fictional and fixed, so each line below is
// what a resident reads there.
const model = housingModel;

describe("the sources page", () => {
  it("lists under each source the entries that cite it and everything else that rests on it: roles, sums and promises", async () => {
    const { sources } = await model();
    const of = (id: string) => sources.find((s) => s.id === id)!;
    const fund = of("council-statement-repairs-fund");
    expect([fund.kindLabel, fund.dateText, fund.citedBy.map((e) => `${e.title} (${e.dateText})`)]).toEqual([
      "Council statement",
      "6 April 2022",
      ["Housing Committee recommends £1.2m for a damp and mould taskforce (22 March 2022)", "Policy and Resources Committee approves a £2.5m emergency repairs fund (5 April 2022)"],
    ]);
    expect(fund.alsoFor).toEqual([
      { label: "Priya Raman: Chair of the Housing Committee", url: "/people/priya-raman/" },
      { label: "Tom Okafor: Leader of the Council", url: "/people/tom-okafor/" },
      { label: "Tom Okafor: Chair of the Policy and Resources Committee", url: "/people/tom-okafor/" },
      { label: "£1.2m: Damp and mould taskforce", url: "/timeline/committee-approves-emergency-repairs-fund/" },
      { label: "£2.5m: Emergency repairs fund", url: "/timeline/committee-approves-emergency-repairs-fund/" },
      { label: "up to £750,000: Temporary housing for families moved out during repairs", url: "/timeline/committee-approves-emergency-repairs-fund/" },
    ]);
    expect(of("committee-report-march-2023").alsoFor.filter((a) => a.label.startsWith("Promise: ")).map((a) => `${a.label} ${a.url}`)).toEqual([
      "Promise: Clear every urgent repair older than 28 days by 30 September 2022. /promises/#clear-urgent-repairs",
      "Promise: Report progress on the plan to the Housing Committee every month. /promises/#monthly-progress-reports",
      "Promise: Open a repairs telephone line every day until 10pm. /promises/#repairs-hotline",
    ]);
    expect(of("ombudsman-determination").alsoFor).toEqual([]);
    expect(of("contractor-performance-report").dateText).toBe("Between September and December 2021");
  });
});

describe("the people pages", () => {
  const person = async (id: string) => (await model()).people.find((p) => p.id === id)!;

  it("says in one line how each person or body appears in the record", async () => {
    const { people } = await model();
    expect(people.map((p) => `${p.name} (${p.typeLabel}, ${p.url}): ${p.involvementText}`)).toEqual([
      "Priya Raman (Person, /people/priya-raman/): Named in 4 events.",
      "Tom Okafor (Person, /people/tom-okafor/): Named in 3 events; quoted 1 time.",
      "Dana Whitfield (Person, /people/dana-whitfield/): Named in 1 event.",
      "Sam Lowe (Person, /people/sam-lowe/): Named in 2 events.",
      "June Adeyemi (Person, /people/june-adeyemi/): Named in 1 event; quoted 1 time.",
      "Kestrel Vale Borough Council (Body, /people/kestrel-vale-borough-council/): Named in 1 event; made 2 promises.",
      "Housing Committee (Body, /people/housing-committee/): Named in 4 events; took 4 decisions; made 2 promises.",
      "Policy and Resources Committee (Body, /people/policy-and-resources-committee/): Named in 1 event; took 1 decision.",
      "Full Council (Body, /people/full-council/): Named in 1 event; took 1 decision; made 1 promise.",
      "Housing Ombudsman (Body, /people/housing-ombudsman/): Named in 1 event.",
      "Regulator of Social Housing (Body, /people/regulator-of-social-housing/): Named in 2 events.",
      "Marsh Lane Tenants' Association (Body, /people/marsh-lane-tenants/): Named in 1 event.",
    ]);
  });

  it("writes each role with its dates, or says the sources give none, naming the body only when the title does not", async () => {
    const roles = (p: Awaited<ReturnType<typeof person>>) => p.roleList.map((r) => `${r.title}${r.organisationInTitle ? "" : `, ${r.organisationRef?.name}`}: ${r.datesText} [${r.sourceList.map((s) => s.id).join(", ")}]`);
    expect(roles(await person("tom-okafor"))).toEqual([
      "Leader of the Council, Kestrel Vale Borough Council: In the role in 2022, according to the sources [council-statement-repairs-fund, council-statement-improvement-plan]",
      "Chair of the Policy and Resources Committee: In the role in April 2022, according to the sources [council-statement-repairs-fund]",
    ]);
    expect(roles(await person("sam-lowe"))).toEqual(["Interim Director of Housing, Kestrel Vale Borough Council: The sources give no dates for this role. [council-statement-interim-director]"]);
    expect(roles(await person("priya-raman"))).toEqual(["Chair of the Housing Committee: From May 2021 [minutes-housing-committee-june-2021, council-statement-repairs-fund]"]);
  });

  it("lists a body's members with their roles and dates", async () => {
    expect((await person("kestrel-vale-borough-council")).members.map((m) => `${m.person.name}, ${m.title}: ${m.datesText}`)).toEqual([
      "Tom Okafor, Leader of the Council: In the role in 2022, according to the sources",
      "Dana Whitfield, Director of Housing: Until May 2022",
      "Sam Lowe, Interim Director of Housing: ",
    ]);
    expect((await person("full-council")).members).toEqual([]);
  });

  it("lists what a body decided about money, at the stage it decided, the promises it made, and the figures a person stated", async () => {
    expect((await person("housing-committee")).fundingDecided.map((f) => `${f.amountText} ${f.statusLabel}: ${f.decision.title}`)).toEqual([
      "£1.2m Recommended: Housing Committee recommends £1.2m for a damp and mould taskforce",
      "£400,000 Received: Housing Committee accepts a £400,000 government grant",
      "£300,000 Proposed: Housing Committee hears the plan missed its deadline",
    ]);
    expect((await person("policy-and-resources-committee")).fundingDecided.map((f) => `${f.amountText} ${f.statusLabel}`)).toEqual(["£1.2m Approved", "£2.5m Approved", "up to £750,000 Approved"]);
    expect((await person("housing-committee")).promisesMade.map((p) => p.id)).toEqual(["monthly-progress-reports", "repairs-hotline"]);
    expect((await person("priya-raman")).statisticsStated.map((s) => s.id)).toEqual(["gas-checks-overdue"]);
    expect((await person("tom-okafor")).statisticsStated).toEqual([]);
    expect((await person("tom-okafor")).promisesMade).toEqual([]);
  });

  it("lists the entries naming a person, those they decided and where they are quoted", async () => {
    const tom = await person("tom-okafor");
    expect(tom.quotes.map((q) => `${q.entry.title}: ${q.sourceItem.id}`)).toEqual([`Ombudsman finds the council's repairs caused "severe" distress to a family: news-ombudsman-finding`]);
    const committee = await person("housing-committee");
    expect([committee.entries.length, committee.decided.map((e) => e.dateText)]).toEqual([4, ["15 June 2021", "22 March 2022", "15 November 2022", "14 March 2023"]]);
  });
});

describe("the glossary and promises pages", () => {
  it("sorts the glossary by term and links a term that names a body to its page", async () => {
    const { glossary } = await model();
    expect(glossary.map((t) => `${t.term}${t.personRef ? ` → ${t.personRef.url}` : ""} [${t.sourceList.map((s) => s.id).join(", ")}]`)).toEqual([
      "Committee system [minutes-housing-committee-june-2021]",
      "Damp and mould []",
      "Housing Ombudsman → /people/housing-ombudsman/ [ombudsman-determination]",
      "Policy and Resources Committee → /people/policy-and-resources-committee/ [council-statement-repairs-fund]",
      "Regulator of Social Housing → /people/regulator-of-social-housing/ []",
      "Severe maladministration []",
    ]);
  });

  it("writes each promise with its status in the record's words, who made it, where, and when it was due", async () => {
    const { promises, promiseCounts } = await model();
    expect(promises.map((p) => `${p.id}: ${p.statusLabel}, by ${p.madeByPerson.name} in “${p.entryRef.title}” (${p.entryRef.dateText}), due ${p.dueText ?? "–"} [${p.sourceList.map((s) => s.id).join(", ")}]`)).toEqual([
      "clear-urgent-repairs: Broken, by Full Council in “Full Council adopts the repairs improvement plan” (12 July 2022), due 30 September 2022 [council-statement-improvement-plan, committee-report-march-2023]",
      "monthly-progress-reports: In progress, by Housing Committee in “Full Council adopts the repairs improvement plan” (12 July 2022), due – [committee-report-march-2023]",
      "tenants-panel: Kept, by Kestrel Vale Borough Council in “Full Council adopts the repairs improvement plan” (12 July 2022), due – [regulator-progress-review]",
      "permanent-director: Not yet rated, by Kestrel Vale Borough Council in “An interim Director of Housing is appointed” (1 June 2022), due – [council-statement-interim-director]",
      "repairs-hotline: Withdrawn, by Housing Committee in “Housing Committee recommends £1.2m for a damp and mould taskforce” (22 March 2022), due – [committee-report-march-2023]",
    ]);
    expect(promiseCounts.map((c) => `${c.label}: ${c.count}`)).toEqual(["Not yet rated: 1", "In progress: 1", "Kept: 1", "Broken: 1", "Withdrawn: 1"]);
  });

  it("counts only the promise statuses some promise has", async () => {
    const { promiseScale, promiseCounts } = buildModel(await recordAt(path.join(fixturesDir, "staged-money")));
    expect(promiseScale.map((s) => s.label)).toEqual(["Not yet rated", "Kept", "Withdrawn"]);
    expect(promiseCounts.map((c) => `${c.label}: ${c.count}`)).toEqual(["Withdrawn: 1"]);
  });
});
