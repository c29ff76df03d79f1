import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageWording } from "../../src/eleventy/page-wording.ts";
import { pages, type PageDefinition } from "../../src/eleventy/pages.ts";
import type { ReportModel } from "../../src/views/build-views.ts";
import { asHtml, buildInMemory, pageAt } from "../support/build-in-memory.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const pageOf = (template: string): PageDefinition => pages.find((p) => p.template === template)!;
const noRender = (template: string): string => {
  throw new Error(`rendered ${template}`);
};
const withWords = (words: Record<string, { title?: string; description?: string }>) => ({ report: { pageWords: words } as unknown as ReportModel });

describe("pageWording", () => {
  it("titles and describes a page of one item from the item, without Nunjucks", () => {
    const entry = pageWording(pageOf("entry"));
    const data = { entry: { title: "Cabinet's \"decision\"", summary: "What it decided." } };
    expect(entry.title(data, noRender)).toBe("Cabinet's \"decision\"");
    expect(entry.description(data, noRender)).toBe("What it decided.");
  });

  it("uses the record's own words for a page, else the page table's", () => {
    const people = pageWording(pageOf("people"));
    expect(people.title(withWords({ people: { title: "Who is who" } }), noRender)).toBe("Who is who");
    expect(people.description(withWords({ people: { description: "Everyone named." } }), noRender)).toBe("Everyone named.");
    expect(people.title(withWords({}), noRender)).toBe(pageOf("people").title);
    expect(people.description({}, noRender)).toBe(pageOf("people").description);
  });

  it("gives a page the table does not describe the record's description, or none (the site's stands)", () => {
    const page: PageDefinition = { template: "home", permalink: "/", title: "Timeline" };
    expect(pageWording(page).description(withWords({ home: { description: "Our record." } }), noRender)).toBe("Our record.");
    expect(pageWording(page).description(withWords({}), noRender)).toBeUndefined();
  });

  it("leaves a title more than printing values to Nunjucks", () => {
    const page: PageDefinition = { template: "x", permalink: "/x/", title: "X", computedTitle: "{{ item.name | upper }}" };
    expect(pageWording(page).title({ item: { name: "a" } }, (template) => `rendered ${template}`)).toBe("rendered {{ item.name | upper }}");
  });
});

describe("page titles and descriptions in the built site", () => {
  it("prints the record's words for a page once escaped, and the entry's own title and summary on its page", async () => {
    const { root, cleanup } = await minimalRecordWith();
    try {
      const site = JSON.parse(await readFile(path.join(root, "data/site.json"), "utf8"));
      site.pages = { home: { description: "Everything the council did & why." }, people: { title: "Who's who" } };
      await writeFile(path.join(root, "data/site.json"), JSON.stringify(site));
      const built = await buildInMemory({ recordRoot: root });
      expect(pageAt(built, "/").content).toContain(`<meta name="description" content="${asHtml("Everything the council did & why.")}">`);
      expect(pageAt(built, "/people/").content).toContain(`<title>${asHtml("Who's who")} – Example record</title>`);
      expect(pageAt(built, "/about/").content).toContain(`<meta name="description" content="${asHtml(site.description)}">`);
      const entryPage = built.find((p) => p.url.startsWith("/timeline/") && !p.url.includes("/kind/") && !p.url.includes("/phase/") && p.url !== "/timeline/")!;
      const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(entryPage.content)![1]!;
      expect(entryPage.content).toContain(`<title>${title} – Example record</title>`);
    } finally {
      await cleanup();
    }
  });
});
