import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import type { BuiltSite } from "./built-site.ts";
import type { SiteProblem } from "./site-problem.ts";

/**
 * The project's html-validate configuration, .htmlvalidate.json at the root. Read explicitly
 * because the built site lives outside the project (a temporary folder) where html-validate's own
 * search for a config file would not find it.
 */
export async function loadHtmlValidateConfig(root: string): Promise<ConfigData> {
  return JSON.parse(await readFile(path.join(root, ".htmlvalidate.json"), "utf8")) as ConfigData;
}

/** Validates every page with html-validate; each error becomes a problem named `html-validate/RULE`. */
export async function checkHtml(site: BuiltSite, config: ConfigData): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const problems: SiteProblem[] = [];
  for (const page of site.pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ page: page.url, rule: `html-validate/${m.ruleId}`, message: `line ${m.line}:${m.column}: ${m.message}${m.selector ? ` (${m.selector})` : ""}` });
      }
    }
  }
  return problems;
}
