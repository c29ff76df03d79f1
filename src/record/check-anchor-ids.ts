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
  const collides = (element: string) => `is also the id of an element the site's pages write (id="${element}"), so the two would collide on a page`;
  const collections: [keyof typeof dataFiles, string, readonly { id: string }[]][] = [
    ["glossary", "terms", record.glossary],
    ["promises", "promises", record.promises],
    ["funding", "sums", record.funding],
    ["statistics", "statistics", record.statistics],
    ["people", "people", record.people],
    ["site", "phases", record.site.phases],
  ];
  for (const [file, key, items] of collections) {
    items.forEach((item, i) => {
      const element = clash(item.id);
      if (element === undefined) return;
      const at = locators.get(dataFiles[file])?.([key, i, "id"]) ?? { line: 1, column: 1 };
      problems.push({ file: dataFiles[file], ...at, field: `${key}[${i}].id`, message: `"${item.id}" ${collides(element)}; choose another id` });
    });
  }
  // A source's id is its file name, so the clash is reported at the file.
  for (const source of record.sources) {
    const element = clash(source.id);
    if (element !== undefined) {
      problems.push({ file: source.file, line: 1, column: 1, field: "", message: `the file name gives this source the id "${source.id}", which ${collides(element)}; rename the file (and the citations of it)` });
    }
  }
  for (const entry of record.entries) {
    const element = clash(entry.id);
    if (element !== undefined) {
      problems.push({ file: entry.file, line: 1, column: 1, field: "", message: `the file name gives this entry the id "${entry.id}", which ${collides(element)}; change the words after the date` });
    }
  }
  return problems;
}
