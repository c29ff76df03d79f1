/**
 * What a chart shows, as plain data: built on the server from the model, written into the page as
 * a JSON island, and turned into a chart.js configuration in the browser. Nothing here is a function,
 * so it survives JSON and can be checked against the table it illustrates.
 */
export interface ChartSpec {
  /** Short alternative text for the canvas; the table beside it holds the full figures. */
  label: string;
  /** One label per bar group, each as lines so long labels wrap on narrow screens. */
  categories: string[][];
  /** How axis ticks are written: pence as money, or a percentage change. */
  valueFormat: "money" | "percent";
  /** The record's language and currency, for money ticks. */
  locale?: { language: string; currency: string };
  axisTitle: string;
  series: ChartSeries[];
}

/** Fills tell series apart without relying on colour; each has its own pattern and colour. */
export type ChartFill = "solid" | "stripes" | "dots";

export interface ChartSeries {
  label: string;
  fill: ChartFill;
  /** One value per category; null where the series has nothing there (no bar is drawn). */
  values: (number | null)[];
  /** The text written beside each bar, exactly as the table writes it. */
  valueLabels: (string | null)[];
}

/** A chart as the page shows it: heading, visible description, and the spec for the island. */
export interface ChartView {
  id: string;
  title: string;
  description: string;
  spec: ChartSpec;
}
