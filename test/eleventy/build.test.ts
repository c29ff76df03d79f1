import { beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot } from "../support/fixture-record.ts";

describe("the Eleventy build of a record (the housing fixture)", () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await buildInMemory({ recordRoot: housingRoot });
  });

  it("writes one page per published entry, and the home page lists them all in timeline order", () => {
    const isEntry = (url: string) => url.startsWith("/timeline/") && !/^\/timeline\/(kind|phase)\//.test(url);
    const entryPages = pages.filter((p) => isEntry(p.url));
    expect(entryPages).toHaveLength(14);
    const home = pageAt(pages, "/");
    // The timeline itself, after "where things stand" (which links the latest event first).
    const timeline = home.content.slice(home.content.indexOf('<section class="ar-phase"'));
    const linked = [...timeline.matchAll(/href="(\/timeline\/[^"]+)"/g)].map((m) => m[1]!).filter(isEntry);
    // By phase, then by earliest possible date (src/record/sort-entries.ts); the draft is left out.
    expect([...new Set(linked)].map((url) => url.slice("/timeline/".length, -1))).toEqual([
      "tenants-count-homes-waiting-for-damp-repairs",
      "housing-committee-notes-repairs-backlog",
      "repairs-contractor-misses-its-targets",
      "ombudsman-finds-severe-maladministration",
      "regulator-inspects-housing-service",
      "housing-committee-recommends-taskforce",
      "committee-approves-emergency-repairs-fund",
      "director-of-housing-leaves",
      "interim-director-appointed",
      "full-council-adopts-improvement-plan",
      "deadline-for-urgent-repairs",
      "housing-committee-accepts-grant",
      "regulator-reviews-progress",
      "housing-committee-reviews-progress",
    ]);
    expect(new Set(linked)).toEqual(new Set(entryPages.map((p) => p.url)));
  });

  it("shows dates at their precision, never more exact", () => {
    const month = pageAt(pages, "/timeline/regulator-inspects-housing-service/").content;
    expect(month).toContain('<time datetime="2022-03">March 2022</time>');
    expect(month).toContain("About this date:");
    expect(pageAt(pages, "/timeline/regulator-reviews-progress/").content).toContain('<time datetime="2023">2023</time>');
    expect(pageAt(pages, "/timeline/repairs-contractor-misses-its-targets/").content).toContain("Between September and December 2021");
  });

  it("cites every source of an entry on its page", () => {
    const page = pageAt(pages, "/timeline/ombudsman-finds-severe-maladministration/").content;
    expect(page).toContain("Ombudsman: council&#39;s repair failures caused &quot;severe&quot; distress");
    expect(page).toContain('href="/sources/#news-ombudsman-finding"');
    expect(page).toContain('href="/sources/#ombudsman-determination"');
  });
});
