import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInMemory, mainOf, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { fixturesDir } from "../support/fixture-record.ts";

// A committee-run borough's record, published by a tenants' group, with its own vocabularies.
let pages: BuiltPage[];
beforeAll(async () => {
  pages = await buildInMemory({ recordRoot: path.join(fixturesDir, "staged-money") });
});
const text = (url: string) => mainOf(pageAt(pages, url).content).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the pages of a record whose money moves through stages", () => {
  it("show the recommended-then-approved sum once on the home page, and money coming in apart", () => {
    const home = text("/");
    expect(home).toContain("Approved £3m");
    expect(home).not.toContain("Recommended £3m");
    expect(home).toContain("Money coming in Received £500,000");
  });

  it("list each sum's stages on the money page, with totals by financial year", () => {
    const money = text("/money/");
    expect(money).toContain("Recommended by Housing Committee, 10 February 2021");
    expect(money).toContain("Approved (latest) by Full Council, 4 March 2021");
    expect(money).toMatch(/2021\/22 £1m .*2022\/23 £1m .*2023\/24 £1m/);
    expect(money).toContain("Money coming in: every sum");
  });

  it("agree with the money page in the full report, counting each sum once", () => {
    const report = text("/report/");
    expect(report).toContain("Approved: £3m (£3,000,000)");
    expect(report).not.toMatch(/Recommended: £3m/);
    expect(report).toContain("Received: £500,000 (£500,000)");
  });

  it("build the figures page at the address the record names, with its own headings and downloads", () => {
    expect(pages.map((p) => p.url).filter((u) => u.startsWith("/figures/")).sort()).toEqual(["/figures/", "/figures/statistics.csv", "/figures/statistics.json"]);
    const figures = text("/figures/");
    expect(figures).toContain("Repairs in figures");
    expect(figures).toContain("How the figures changed");
    expect(figures).toContain("4,312 repairs");
    expect(figures).toContain("+105.3% worked out from the two figures the source gives");
    expect(figures).toContain("28 days The council's own standard.".replace("'", "&#39;"));
    expect(pageAt(pages, "/").content).toContain('<a href="/promises/">Pledges</a>');
  });

  it("do not claim the publisher is bound by the public sector accessibility regulations", () => {
    const statement = text("/accessibility/");
    expect(statement).toContain("Northfield Tenants&#39; Association is not a public sector body");
    expect(statement).not.toContain("Enforcement procedure");
  });
});
