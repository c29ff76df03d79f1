/**
 * `npm run check:site`: the checks that need no browser, over a built site: valid HTML, links,
 * security and page budgets. `npm run check:budgets` runs the budgets alone.
 *
 *   tsx src/cli/check-site.ts [FOLDER] [--only=html,links,security,budgets] [--pathprefix=/repo/] [--help]
 *
 * FOLDER defaults to _site; give the same --pathprefix the site was built with.
 */
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { didYouMean } from "../problems/did-you-mean.ts";
import { printable } from "../problems/unsafe-characters.ts";
import { readBuiltSite } from "../site-checks/built-site.ts";
import { checkBudgets, defaultBudgets, measurePages } from "../site-checks/check-budgets.ts";
import { checkEscaping } from "../site-checks/check-escaping.ts";
import { checkHtml, loadHtmlValidateConfig } from "../site-checks/check-html.ts";
import { checkLinks } from "../site-checks/check-links.ts";
import { checkSecurity } from "../site-checks/check-security.ts";
import { formatSiteProblems, type SiteProblem } from "../site-checks/site-problem.ts";

const CHECKS = ["html", "links", "security", "budgets"] as const;
type CheckName = (typeof CHECKS)[number];

const USAGE = `Usage: npm run check:site [-- FOLDER] [-- --only=${CHECKS.join(",")}] [-- --pathprefix=/repo/]

Checks a built site without a browser: valid HTML, links, security (every published file, not
only the pages) and page budgets. FOLDER defaults to _site; give the --pathprefix the site was
built with. --only runs some of the checks.`;

const fail = (message: string): never => {
  process.stderr.write(`${printable(message)}\n\n${USAGE}\n`);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({ options: { only: { type: "string" }, pathprefix: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed!;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length > 1) fail(`only one folder can be checked at a time (got ${positionals.join(", ")})`);
const folder = positionals[0] ?? "_site";
const pathPrefix = values.pathprefix ?? "/";
const only = (values.only?.split(",").map((c) => c.trim()).filter(Boolean) ?? [...CHECKS]) as CheckName[];
for (const check of only) {
  if (!CHECKS.includes(check)) fail(`there is no check called "${check}"${didYouMean(check, CHECKS)} (the checks are ${CHECKS.join(", ")})`);
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`there is no built site in ${folder}/; run npm run build first`);

const site = await readBuiltSite(folder);
const problems: SiteProblem[] = [];
for (const check of only) {
  if (check === "html") problems.push(...(await checkHtml(site, await loadHtmlValidateConfig(process.cwd()))), ...checkEscaping(site));
  if (check === "links") problems.push(...checkLinks(site, { pathPrefix }));
  if (check === "security") problems.push(...checkSecurity(site));
  if (check === "budgets") problems.push(...checkBudgets(site, { ...defaultBudgets, pathPrefix }));
}

if (problems.length > 0) {
  process.stderr.write(`${formatSiteProblems(problems)}\n`);
  // Under GitHub Actions, also as annotations on the run (a built page has no source line to point at).
  if (process.env.GITHUB_ACTIONS === "true") {
    const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    for (const p of problems) process.stdout.write(`::error title=${escape(p.rule).replace(/[:,]/g, "-")}::${escape(`${p.page}  ${p.message}`)}\n`);
  }
  process.exitCode = 1;
} else {
  const heaviest = measurePages(site, pathPrefix)
    .filter((c) => !defaultBudgets.heavyPages.includes(c.page))
    .sort((a, b) => b.total - a.total)[0];
  const weight = heaviest ? `; heaviest page ${heaviest.page} at ${(heaviest.total / 1024).toFixed(1)} KB of ${defaultBudgets.maxGzipBytes / 1024} KB gzipped` : "";
  console.log(`${site.pages.length} pages in ${folder}/ pass: ${only.join(", ")}${weight}.`);
}
