import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { fundingCsv, fundingJson } from "../../src/downloads/funding-download.ts";
import { statisticsCsv, statisticsJson } from "../../src/downloads/statistics-download.ts";
import type { ChartSpec } from "../../src/charts/chart-spec.ts";
import type { ReportModel } from "../../src/views/build-views.ts";
import { standingOf } from "../../src/views/where-things-stand.ts";
import { buildInMemory, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot } from "../support/fixture-record.ts";
import { housingModel } from "../support/load-model.ts";

let pages: BuiltPage[];
let model: ReportModel;
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`No page at ${url}`);
  return found.content;
};
const htmlPages = () => pages.filter((p) => p.url.endsWith("/") || p.url.endsWith(".html"));

/** The markup of the figure with this id, from its opening tag to its closing one. */
const figure = (html: string, id: string) => html.match(new RegExp(`<figure class="ar-chart" id="${id}"[\\s\\S]*?</figure>`))?.[0] ?? "";
const EXECUTABLE_SCRIPT = /<script\b(?![^>]*type="application\/(?:ld\+)?json")/i;
const island = (html: string) => JSON.parse(html.match(/<script type="application\/json" class="ar-chart__data">([\s\S]*?)<\/script>/)![1]!) as ChartSpec;
/** Each body row's data-pence (or data-percent) values and the amounts written in them. */
const rows = (html: string) =>
  [...html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>")).matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) =>
    [...row[0].matchAll(/data-(?:pence|percent)="(-?\d+(?:\.\d+)?)">([\s\S]*?)<\/td>/g)].map((cell) => ({
      value: Number(cell[1]),
      text: cell[2]!.match(/<span class="ar-amount">([^<]*)<\/span>/)?.[1],
    })),
  );

beforeAll(async () => {
  pages = await buildInMemory({ recordRoot: housingRoot });
  model = await housingModel();
});

describe("the timeline's filter pages", () => {
  it("exist for every kind and phase in use, list exactly their entries, and are linked from the home page", () => {
    const home = page("/");
    for (const filter of [...model.timelineFilters.kinds, ...model.timelineFilters.phases]) {
      const html = page(filter.url);
      const listed = [...html.matchAll(/<a href="(\/timeline\/[^"]+)">/g)].map((m) => m[1]).filter((u) => !/\/(kind|phase)\//.test(u!));
      expect(listed, filter.url).toEqual(filter.entries.map((e) => e.url));
      expect(home).toContain(`href="${filter.url}"`);
    }
  });

  it("mark the filter being shown as the current page", () => {
    expect(page("/timeline/kind/committee-decision/")).toContain('<a href="/timeline/kind/committee-decision/" aria-current="page">');
    expect(page("/timeline/phase/oversight/")).toContain('<a href="/timeline/phase/oversight/" aria-current="page">');
  });
});

describe("the home page", () => {
  it("opens with where things stand, before the introduction, each money total linked to the money page", () => {
    const home = page("/");
    const status = home.match(/<section class="ar-status"[\s\S]*?<\/section>/)![0];
    expect(home.indexOf(status)).toBeLessThan(home.indexOf('id="intro-heading"'));
    expect(status).toContain('<h1 id="status-heading" class="ar-status__title">Where things stand</h1>');
    const money = [...status.matchAll(/<li><a href="([^"]+)">([^<]+) <strong>([^<]+)<\/strong><\/a>/g)].map((m) => [m[1], `${m[2]} ${m[3]}`]);
    // Money going out by stage, then money coming in on a line of its own.
    expect(money).toEqual([
      ["/money/#status-approved", "Approved up to £4.45m"],
      ["/money/#status-proposed", "Proposed £300,000"],
      ["/money/#status-received-in", "Received £400,000"],
    ]);
    const standing = standingOf(model);
    expect(status).toContain(`<a href="${standing.latest!.url}">`);
    expect(status).toContain(standing.promises.map((p) => `${p.count} ${p.label.toLowerCase()}`).join(", "));
  });

  it("links every demand figure to where it comes from", () => {
    const numbers = page("/").match(/<section class="ar-numbers"[\s\S]*?<\/section>/)![0];
    const figures = [...numbers.matchAll(/<a class="ar-numbers__figure" href="([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, "")]);
    expect(figures).toEqual([
      ["/demand/#statistic-repairs-backlog", "4,312 repairs"],
      ["/demand/#statistic-repairs-overdue", "up 180%"],
      ["/demand/#statistic-damp-complaints", "up 65%"],
      ["/demand/#statistic-gas-checks-overdue", "down 40%"],
    ]);
  });
});

describe("the money page", () => {
  it("lists every funding line with its exact amount, status and a link to its decision", () => {
    const html = page("/money/");
    for (const line of model.funding) {
      const row = html.match(new RegExp(`<tr id="line-${line.id}">[\\s\\S]*?</tr>`))?.[0] ?? "";
      expect(row, line.id).toContain(`data-pence="${line.amountPence}"`);
      expect(row).toContain(`${line.upTo ? "at most" : "exactly"} ${line.amountExact}`);
      expect(row).toContain(`<span class="ar-amount">${line.amountText}</span>`);
      expect(row).toContain(`<strong>${line.statusLabel}</strong>`);
      expect(row).toContain(`href="${line.decision.url}"`);
    }
  });

  it("puts each chart's data table first, and its island holds the same figures as the table", () => {
    const html = page("/money/");
    for (const id of ["money-by-fund", "money-over-time"]) {
      const markup = figure(html, id);
      expect(markup.indexOf("<table"), id).toBeLessThan(markup.indexOf('type="application/json"'));
      const spec = island(markup);
      const table = rows(markup);
      // Money by fund has one cell per status; money over time the same, after the "money it decided" column.
      spec.series.forEach((series, s) => {
        expect(series.values, `${id} ${series.label}`).toEqual(table.map((r) => r[s]!.value || null));
        expect(series.valueLabels).toEqual(table.map((r) => (r[s]!.value ? r[s]!.text : null)));
      });
    }
  });

  it("loads the chart bundle once, deferred, and links the downloads", () => {
    const html = page("/money/");
    expect(html.match(/<script\b[^>]*\bsrc=[^>]*>/g)).toEqual(['<script src="/assets/charts.js" defer>']);
    expect(html).toContain('href="/money/funding.csv"');
    expect(html).toContain('href="/money/funding.json"');
  });
});

describe("the demand page", () => {
  it("shows every statistic with its period and caveat, and its island matches the table", () => {
    const html = page("/demand/");
    for (const s of model.statistics) {
      const row = html.match(new RegExp(`<tr id="statistic-${s.id}">[\\s\\S]*?</tr>`))?.[0] ?? "";
      expect(row, s.id).toContain(s.changeShort);
      if (s.caveat) expect(row.replace(/&quot;/g, '"').replace(/&#39;/g, "'")).toContain(s.caveat);
    }
    const markup = figure(html, "changes");
    expect(island(markup).series[0]!.values).toEqual(rows(markup).map((r) => r[0]!.value));
  });
});

describe("entry pages", () => {
  it("show the money an entry decided and the running total committed up to it", () => {
    const html = page("/timeline/committee-approves-emergency-repairs-fund/");
    expect(html).toContain('href="/money/#line-damp-taskforce"');
    expect(html).toContain('href="/money/#line-emergency-repairs-fund"');
    expect(html).toContain('href="/money/#line-temporary-housing"');
    expect(html).toContain("<strong>£2.5m</strong>");
    expect(html).toContain("<strong>up to £750,000</strong>");
    // The taskforce recommended on 22 March is approved here: it moves to the approved total, counted once.
    expect(html).toContain("<strong>Approved: up to £4.45m</strong>");
    expect(html).not.toContain("<strong>Recommended:");
  });

  it("offer a plain-text citation with the canonical address and say when the entry was last changed", () => {
    const html = page("/timeline/regulator-inspects-housing-service/");
    // The last-updated date comes from git history when no update is written, so only its form is fixed.
    expect(html).toMatch(/https:\/\/housing-repairs\.example\.net\/timeline\/regulator-inspects-housing-service\/( \(last updated \d{1,2} [A-Z][a-z]+ \d{4}\))?<\/p>/);
    expect(page("/timeline/housing-committee-reviews-progress/")).toContain("https://housing-repairs.example.net/timeline/housing-committee-reviews-progress/ (last updated 2 April 2023)</p>");
    expect(html).toContain('<a href="/changes/">All changes to the record</a>');
  });
});

describe("scripts and downloads", () => {
  it("puts no script at all on pages without a chart", () => {
    // JSON and JSON-LD islands are data, never run; "script" here means JavaScript.
    const withScript = htmlPages().filter((p) => EXECUTABLE_SCRIPT.test(p.content)).map((p) => p.url);
    expect(withScript.sort()).toEqual(["/demand/", "/money/", "/search/"]);
  });

  it("serves a chart bundle that leaves out the chart types it does not draw", () => {
    const bundle = page("/assets/charts.js");
    expect(bundle.includes("Chart.js v4")).toBe(true);
    // chart.js keeps its unused scales (esbuild cannot prove their static fields pure), but drops unused controllers.
    const controllers = ["doughnut", "radar", "polarArea", "bubble", "pie", "scatter"].filter((id) => bundle.includes(`"${id}"`));
    expect(controllers).toEqual([]);
  });

  it("serves the downloads exactly as the model gives them", () => {
    expect(page("/money/funding.csv")).toBe(fundingCsv(model));
    expect(page("/money/funding.json")).toBe(fundingJson(model));
    expect(page("/demand/statistics.csv")).toBe(statisticsCsv(model));
    expect(page("/demand/statistics.json")).toBe(statisticsJson(model));
  });

  it("keeps each page of this part of the site within 14 KB of HTML and CSS gzipped", () => {
    const css = gzipSync(page("/assets/site.css")).length;
    const mine = htmlPages().filter((p) => p.url === "/" || /^\/(money|demand|timeline)\//.test(p.url));
    for (const p of mine) expect(gzipSync(p.content).length + css, p.url).toBeLessThanOrEqual(14 * 1024);
  });
});
