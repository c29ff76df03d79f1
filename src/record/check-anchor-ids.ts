import type { Locate, Problem } from "../problems/problem.ts";
import type { TemplateAnchors } from "../loaders/template-anchors.ts";
import { dataFiles, type ReportRecord } from "./report-record.ts";

/**
 * Record ids that would repeat an element id the templates write: a source, term or promise whose
 * id becomes an anchor (`/glossary/#cabinet`) named `main` or `scale` would give a page two
 * elements with one id, so the skip link, the anchor or the chart would lead to the wrong place.
 * Every id that pages may use as an anchor is checked against every id the templates write.
 * @example checkAnchorIds(record, anchors, locators) // [{ field: "terms[2].id", message: '"main" is also …' }]
 */
export function checkAnchorIds(record: ReportRecord, anchors: TemplateAnchors, locators: Map<string, Locate>): Problem[] {
  const problems: Problem[] = [];
  const clash = (id: string): string | undefined => {
    if (anchors.fixed.has(id)) return id;
    for (const { before, after } of anchors.around) {
      // The page also writes `before + id + after` for its own ids: the template's fixed ids must not equal it.
      if (anchors.fixed.has(`${before}${id}${after}`)) return `${before}${id}${after}`;
    }
    return undefined;
  };
  const message = (id: string, element: string) =>
    `"${id}" is also the id of an element the site's pages write (id="${element}"), so the two would collide on a page; choose another id`;
  const collections: [keyof typeof dataFiles, string, readonly { id: string }[]][] = [
    ["sources", "sources", record.sources],
    ["glossary", "terms", record.glossary],
    ["promises", "promises", record.promises],
    ["funding", "lines", record.funding],
    ["statistics", "statistics", record.statistics],
    ["people", "people", record.people],
    ["site", "phases", record.site.phases],
  ];
  for (const [file, key, items] of collections) {
    items.forEach((item, i) => {
      const element = clash(item.id);
      if (element === undefined) return;
      const at = locators.get(dataFiles[file])?.([key, i, "id"]) ?? { line: 1, column: 1 };
      problems.push({ file: dataFiles[file], ...at, field: `${key}[${i}].id`, message: message(item.id, element) });
    });
  }
  for (const entry of record.entries) {
    const element = clash(entry.id);
    if (element !== undefined) {
      problems.push({ file: entry.file, line: 1, column: 1, field: "", message: `the file name gives this entry the id ${message(entry.id, element).slice(0, -"; choose another id".length)}; change the words after the date` });
    }
  }
  return problems;
}
