import type { ReportModel } from "../record/build-model.ts";
import { fundingCsv, fundingJson } from "./funding-download.ts";
import { statisticsCsv, statisticsJson } from "./statistics-download.ts";

/** A data file generated from the model, and where it is published. */
export interface Download {
  url: string;
  /** What a link to it says, e.g. "Funding lines (CSV)". */
  label: string;
  render: (model: ReportModel) => string;
}

/** Every data download; templates link to them by key, the site plugin writes them. */
export const downloads = {
  fundingCsv: { url: "/money/funding.csv", label: "Funding lines (CSV, for spreadsheets)", render: fundingCsv },
  fundingJson: { url: "/money/funding.json", label: "Funding lines and totals (JSON)", render: fundingJson },
  statisticsCsv: { url: "/demand/statistics.csv", label: "Demand statistics (CSV, for spreadsheets)", render: statisticsCsv },
  statisticsJson: { url: "/demand/statistics.json", label: "Demand statistics (JSON)", render: statisticsJson },
} satisfies Record<string, Download>;
