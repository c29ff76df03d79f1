import type { ReportModel } from "./build-views.ts";
import { searchGroups } from "../eleventy/pages.ts";

/**
 * What the search page's script needs to know, as a JSON island: the groups results come in, in
 * order, and the ways to narrow them (phase, kind of event) with the record's own values in
 * timeline order. The values match the filters the pages declare to Pagefind.
 * @example searchSettings(model).filters[0].values // ["Before the inspection", …]
 */
export function searchSettings(model: Pick<ReportModel, "timelineFilters">) {
  return {
    groups: searchGroups,
    filters: [
      { name: "phase", label: "Phase", all: "Every phase", values: model.timelineFilters.phases.map((p) => p.title) },
      { name: "kind", label: "Kind of event", all: "Every kind", values: model.timelineFilters.kinds.map((k) => k.label) },
    ],
  };
}
