import { formatSiteProblems, type SiteProblem } from "../../src/site-checks/site-problem.ts";

/**
 * The report as the person fixing the site reads it, one problem a line (`/page/  rule: message`),
 * for asserting that a check names both the page and the rule.
 */
export const reportOf = (problems: readonly SiteProblem[]): string => formatSiteProblems(problems);

/** The rules broken on one page, sorted, for exact comparison. */
export const rulesOn = (problems: readonly SiteProblem[], page: string): string[] =>
  [...new Set(problems.filter((p) => p.page === page).map((p) => p.rule))].sort();

/** A pattern for one line of the report: that page, that rule, then the message. */
export const lineFor = (page: string, rule: string): RegExp => new RegExp(`^${page.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}  ${rule.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: \\S`, "m");
