import type { ReportModel } from "../views/build-views.ts";
import { fundingCsv, fundingJson } from "./funding-download.ts";
import { statisticsCsv, statisticsJson } from "./statistics-download.ts";

/** A data file generated from the model, and where it is published. */
export interface Download {
  /** Where it is published: fixed, or beside a page the record names (the statistics page). */
  url: string | ((model: ReportModel) => string);
  /** What a link to it says, e.g. "Sums of money (CSV)"; the model may give its own (report.downloadLabels). */
  label: string;
  render: (model: ReportModel) => string;
  /** The page it belongs to: like the page, it is written only when the record has something to show there. */
  page: keyof ReportModel["optionalPages"];
}

/** Every data download; templates link to them by key, the site plugin writes them. */
export const downloads = {
  fundingCsv: { url: "/money/funding.csv", label: "Sums of money and their stages (CSV, for spreadsheets)", render: fundingCsv, page: "money" },
  fundingJson: { url: "/money/funding.json", label: "Sums of money, their stages and totals (JSON)", render: fundingJson, page: "money" },
  statisticsCsv: { url: (model) => model.downloadUrls.statisticsCsv!, label: "Figures (CSV, for spreadsheets)", render: statisticsCsv, page: "statistics" },
  statisticsJson: { url: (model) => model.downloadUrls.statisticsJson!, label: "Figures (JSON)", render: statisticsJson, page: "statistics" },
} satisfies Record<string, Download>;
