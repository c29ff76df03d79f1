import { expect, inject } from "vitest";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { formatSiteProblems, type SiteProblem } from "../../src/site-checks/site-problem.ts";

/** The shipped record as built for this test run (see site-setup.ts). */
export const shippedSite = (): Promise<BuiltSite> => readBuiltSite(inject("siteDir"));
/** The shipped record built below a path prefix, and that prefix. */
export const prefixedSite = async (): Promise<{ site: BuiltSite; prefix: string }> => ({ site: await readBuiltSite(inject("prefixedSiteDir")), prefix: inject("sitePrefix") });

/** Fails with every problem, one a line, naming page and rule, so the output says what to fix. */
export function expectNoProblems(problems: readonly SiteProblem[]): void {
  expect(formatSiteProblems(problems), "the site checks found problems").toBe("");
}
