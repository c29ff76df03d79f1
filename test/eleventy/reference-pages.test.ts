import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { concatStylesheets } from "../../src/eleventy/stylesheet.ts";
import type { ReportModel } from "../../src/views/build-views.ts";
import { asHtml, buildInMemory, elementById, mainOf, pageAt, type BuiltPage } from "../support/build-in-memory.ts";
import { housingRoot, projectRoot } from "../support/fixture-record.ts";
import { housingModel } from "../support/load-model.ts";

let pages: BuiltPage[];
let model: ReportModel;
const htmlPages = () => pages.filter((p) => p.url.endsWith("/") || p.url.endsWith(".html"));

beforeAll(async () => {
  model = await housingModel();
  pages = await buildInMemory({ recordRoot: housingRoot });
});

describe("the people pages", () => {
  it("list every person and body, each linked to a page of their own", () => {
    const index = mainOf(pageAt(pages, "/people/").content);
    for (const person of model.people) {
      expect(index).toContain(`<a href="/people/${person.id}/">${asHtml(person.name)}</a>`);
      expect(pageAt(pages, `/people/${person.id}/`).content).toContain(`<h1>${asHtml(person.name)}</h1>`);
    }
  });

  it("date each role only as far as the sources do", () => {
    const leader = mainOf(pageAt(pages, "/people/tom-okafor/").content);
    expect(leader).toContain("In the role in 2022, according to the sources");
    expect(leader).toContain("In the role in April 2022, according to the sources");
    expect(mainOf(pageAt(pages, "/people/priya-raman/").content)).toContain("From May 2021");
    expect(mainOf(pageAt(pages, "/people/dana-whitfield/").content)).toContain("Until May 2022");
    expect(mainOf(pageAt(pages, "/people/sam-lowe/").content)).toContain("The sources give no dates for this role.");
  });

  it("show what each person said and decided, linked to the entry and the source", () => {
    const leader = mainOf(pageAt(pages, "/people/tom-okafor/").content);
    expect(leader).toContain(asHtml("We accept the Ombudsman's findings in full and we are sorry."));
    expect(leader).toContain('href="/timeline/ombudsman-finds-severe-maladministration/"');
    expect(leader).toContain('href="/sources/#news-ombudsman-finding"');
    const committee = mainOf(pageAt(pages, "/people/housing-committee/").content);
    expect(committee).toContain("<h2>Decisions</h2>");
    expect(committee).toContain('href="/timeline/housing-committee-recommends-taskforce/"');
    expect(committee).toContain('<a href="/people/priya-raman/">Priya Raman</a>, Chair of the Housing Committee.');
  });
});

describe("the promises page", () => {
  it("shows every promise with who made it, when, its due date, status, evidence and sources", () => {
    const main = mainOf(pageAt(pages, "/promises/").content);
    for (const promise of model.promises) {
      const section = elementById(main, promise.id);
      expect(section).toContain(asHtml(promise.text));
      expect(section).toContain(`<strong class="ar-tag ar-tag--${promise.status}">${promise.statusLabel}</strong>`);
      expect(section).toContain(asHtml(promise.evidence));
      expect(section).toContain(`href="/people/${promise.madeBy}/"`);
      expect(section).toContain(`href="${promise.entryRef.url}"`);
      for (const id of promise.sources) expect(section).toContain(`href="/sources/#${id}"`);
    }
    expect(elementById(main, "clear-urgent-repairs")).toContain('<time datetime="2022-09-30">30 September 2022</time>');
    expect(elementById(main, "monthly-progress-reports")).toContain("No date given in the sources");
  });

  it("explains every status on the scale", () => {
    const main = mainOf(pageAt(pages, "/promises/").content);
    for (const label of ["Not yet rated", "In progress", "Kept", "Broken"]) expect(main).toContain(`>${label}</strong></dt>`);
    expect(main).toContain("This is not a judgement that it was broken.");
  });
});

describe("the sources page", () => {
  it("lists every source with every entry that cites it", () => {
    const main = mainOf(pageAt(pages, "/sources/").content);
    for (const source of model.sources) {
      const item = elementById(main, source.id);
      expect(item).toContain(asHtml(source.title));
      const citing = model.entries.filter((e) => e.sources.includes(source.id));
      expect(citing.length).toBeGreaterThan(0);
      for (const entry of citing) expect(item).toContain(`<a href="${entry.url}">${asHtml(entry.title)}</a>`);
    }
  });

  it("marks titles the record supplied, and dates not stated exactly with their note", () => {
    const sources = mainOf(pageAt(pages, "/sources/").content);
    const item = elementById(sources, "contractor-performance-report");
    expect(item).toContain("Title supplied: the document has no headline, so this record gives it one.");
    expect(item).toContain('<span class="ar-date--approx">Between September and December 2021</span> (the document does not state it exactly)');
    expect(item).toContain("<strong>About this date:</strong> The report covers September to December 2021 and carries no date of its own.");
    expect(elementById(sources, "ombudsman-determination")).not.toContain("Title supplied");
  });
});

describe("the glossary, about and accessibility pages", () => {
  it("the glossary defines every term and links the bodies it names", () => {
    const main = mainOf(pageAt(pages, "/glossary/").content);
    for (const term of model.glossary) expect(elementById(main, term.id)).toContain(`>${asHtml(term.term)}`);
    // In alphabetical order, whatever order the file keeps them in.
    expect(model.glossary.map((t) => t.term)).toEqual(["Committee system", "Damp and mould", "Housing Ombudsman", "Policy and Resources Committee", "Regulator of Social Housing", "Severe maladministration"]);
    expect(main).toContain("(also RSH)");
    expect(main).toContain("(also P&amp;R)");
    expect(main).toContain('<a href="/people/housing-ombudsman/">Housing Ombudsman in the record</a>');
  });

  it("every page links to the accessibility statement and the about page in its footer", () => {
    for (const page of htmlPages()) {
      expect(page.content, page.url).toContain('<a href="/accessibility/"');
      expect(page.content, page.url).toContain('<a href="/about/"');
    }
  });

  it("the accessibility statement has the parts UK public sector statements have", () => {
    const main = mainOf(pageAt(pages, "/accessibility/").content);
    for (const heading of ["How accessible this website is", "Feedback and contact information", "Reporting accessibility problems with this website", "Enforcement procedure", "Compliance status", "Preparation of this accessibility statement"]) {
      expect(main).toContain(`${heading}</h`);
    }
    expect(main).toContain("Equality and Human Rights Commission (EHRC)");
    expect(main).toContain("Equality Advisory and Support Service (EASS)");
    expect(main).toContain(`mailto:${model.site.contactEmail}`);
    expect(main).toContain("partially compliant");
    expect(main).toContain('This statement was prepared on <time datetime="2026-10-02">2 October 2026</time>.');
  });

  it("the about page explains how the record is sourced and corrected, from the site settings", () => {
    const main = mainOf(pageAt(pages, "/about/").content);
    expect(main).toContain(asHtml(model.site.organisation));
    expect(main).toContain(`${model.sources.length} source documents`);
    expect(main).toContain('href="/changes/"');
    expect(main).toContain(`mailto:${model.site.contactEmail}`);
  });

  it("every page shows the banner saying what period the record covers", () => {
    for (const page of htmlPages()) expect(page.content, page.url).toContain(asHtml(model.site.banner));
  });
});

describe("the full report", () => {
  it("holds the introduction, every entry with its body, the money, promises and sources, in that order", () => {
    const main = mainOf(pageAt(pages, "/report/").content);
    const at = (text: string) => {
      const i = main.indexOf(text);
      expect(i, text).toBeGreaterThan(-1);
      return i;
    };
    const positions = [
      at('id="introduction"'),
      // Entries follow the story's phases, as on the timeline.
      ...model.phases.flatMap((p) => p.entries).map((e) => at(`id="entry-${e.id}"`)),
      at('id="money"'),
      at('id="promises"'),
      at('id="sources"'),
    ];
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(main).toContain(asHtml(model.site.introduction[0]!));
    expect(main).toContain("<h4>The Leader's response</h4>");
    for (const line of model.funding) expect(main).toContain(line.amountExact);
    for (const promise of model.promises) expect(main).toContain(asHtml(promise.evidence));
    for (const source of model.sources) expect(main).toContain(`id="source-${source.id}"`);
  });

  it("is left out of search so results point at the page for each thing", () => {
    expect(pageAt(pages, "/report/").content).not.toContain("data-pagefind-body");
    expect(pageAt(pages, "/people/").content).toContain("data-pagefind-body");
  });
});

describe("every page's head", () => {
  it("carries a canonical URL, Open Graph tags and JSON-LD built from site.url", () => {
    for (const page of htmlPages().filter((p) => p.url !== "/404.html")) {
      const canonical = new URL(page.url, model.site.url).href;
      expect(page.content, page.url).toContain(`<link rel="canonical" href="${canonical}">`);
      expect(page.content, page.url).toContain(`<meta property="og:url" content="${canonical}">`);
      const island = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.content);
      expect(JSON.parse(island![1]!)).toMatchObject({ "@type": "WebPage", "url": canonical, "isPartOf": { url: model.site.url } });
    }
    expect(pageAt(pages, "/404.html").content).toContain('<meta name="robots" content="noindex">');
  });

  it("titles and describes entry pages by the entry, escaped once", () => {
    const entry = model.entries.find((e) => e.id === "ombudsman-finds-severe-maladministration")!;
    const head = pageAt(pages, entry.url).content;
    expect(head).toContain(`<title>${asHtml(entry.title)} – ${asHtml(model.site.shortTitle)}</title>`);
    expect(head).toContain(`<meta name="description" content="${asHtml(entry.summary)}">`);
  });

  it("has no inline script but JSON data islands, and no style attributes", () => {
    for (const page of htmlPages()) {
      for (const tag of page.content.matchAll(/<script\b([^>]*)>/g)) {
        const attributes = tag[1]!;
        expect(/type="application\/(ld\+)?json"/.test(attributes) || / src="/.test(attributes), `${page.url}: <script${attributes}>`).toBe(true);
      }
      expect(page.content, page.url).not.toMatch(/\sstyle="/);
    }
  });

  it("allows WebAssembly only on the search page, which loads the search script", () => {
    for (const page of htmlPages()) {
      const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page.content)![1]!;
      expect(csp.includes("wasm-unsafe-eval"), page.url).toBe(page.url === "/search/");
    }
    expect(pageAt(pages, "/search/").content).toContain('<script type="module" src="/assets/search.js"></script>');
    expect(pageAt(pages, "/people/").content).not.toContain("<script type=\"module\"");
  });

  it("search works as a plain form without JavaScript, and says where else to look", () => {
    const main = mainOf(pageAt(pages, "/search/").content);
    expect(main).toContain('<form class="ar-search" action="/search/" method="get" role="search"');
    expect(main).toContain('name="q"');
    expect(main).toContain('href="/report/"');
  });
});

describe("page weight", () => {
  it("keeps every page's HTML and CSS within 14 KB gzipped, except the full report and the sources page", async () => {
    const css = gzipSync(await concatStylesheets(projectRoot)).length;
    const over = htmlPages()
      .filter((p) => p.url !== "/report/" && p.url !== "/sources/")
      .map((p) => ({ url: p.url, bytes: gzipSync(p.content).length + css }))
      .filter((p) => p.bytes > 14 * 1024);
    expect(over).toEqual([]);
  });
});
