import { describe, expect, it } from "vitest";
import { checkPlaceholders } from "../../src/record/check-placeholders.ts";
import { SiteSchema } from "../../src/schemas/site.ts";

const siteText = (fields: Record<string, unknown>) =>
  JSON.stringify({ title: "A record", shortTitle: "Record", description: "About it.", organisation: "A Council", language: "en-GB", banner: "A record.", introduction: ["Intro."], phases: [{ id: "one", title: "One", summary: "First." }], earliestDate: "2010-01-01", ...fields }, null, 2);
const check = (fields: Record<string, unknown>, deployUrl?: string) => {
  const text = siteText(fields);
  return checkPlaceholders(SiteSchema.parse(JSON.parse(text)), text, deployUrl).map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}: ${p.message}`);
};

describe("checkPlaceholders (production builds)", () => {
  it("refuses example addresses and TODO in the site settings, each at its line", () => {
    expect(check({ url: "https://accountability-report.example.org/", contactEmail: "corrections@example.org", publisher: "TODO: who publishes" })).toEqual([
      'data/site.json:19:10  url: "https://accountability-report.example.org/" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
      'data/site.json:20:19  contactEmail: "corrections@example.org" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
      'data/site.json:21:16  publisher: "TODO: who publishes" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
    ]);
  });

  it("needs a public address, from the settings or from the deploy", () => {
    expect(check({})).toEqual(["data/site.json:1:1  url: a production build needs the site's public address (expected url in data/site.json, or AR_SITE_URL from the deploy)"]);
    expect(check({}, "https://someone.github.io/report")).toEqual([]);
  });

  it("looks into lists and nested settings, names each by its path, but not the schema's own address", () => {
    expect(check({ $schema: "https://schemas.example.org/site.json", url: "https://record.test/", introduction: ["Intro.", "todo: say more"], phases: [{ id: "one", title: "One", summary: "See example.com" }] })).toEqual([
      'data/site.json:10:5  introduction[1]: "todo: say more" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
      'data/site.json:16:18  phases[0].summary: "See example.com" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
      'data/site.json:21:10  url: "https://record.test/" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)',
    ]);
  });

  it("orders problems on one line by column", () => {
    const text = JSON.stringify({ ...JSON.parse(siteText({})), publisher: "TODO", contactEmail: "x@example.net" });
    expect(checkPlaceholders(SiteSchema.parse(JSON.parse(text)), text, "https://record.org/").map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual([
      `1:${text.indexOf('"TODO"') + 1} publisher`,
      `1:${text.indexOf('"x@example.net"') + 1} contactEmail`,
    ]);
  });

  it("knows an example host at the start of a setting, and a reserved top-level name without a trailing slash", () => {
    expect(check({ url: "https://record.test", publisher: "example.org" }).map((l) => l.slice(0, l.indexOf(" is a placeholder")))).toEqual([
      'data/site.json:19:10  url: "https://record.test"',
      'data/site.json:20:16  publisher: "example.org"',
    ]);
  });

  it("orders three problems on one line by column, whatever order the settings are read in", () => {
    const text = `{"contactEmail":"x@example.net","url":"https://x.example/","publisher":"TODO",${siteText({}).slice(1)}`;
    expect(checkPlaceholders(SiteSchema.parse(JSON.parse(text)), text, undefined).map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual([
      "1:17 contactEmail", "1:39 url", "1:72 publisher",
    ]);
  });

  it("locates every problem at the start when the settings text cannot be read", () => {
    const site = SiteSchema.parse(JSON.parse(siteText({ publisher: "TODO" })));
    expect(checkPlaceholders(site, "", undefined).map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(["1:1 publisher", "1:1 url"]);
  });

  it("does not take a blank deploy address for one", () => {
    expect(check({}, "  ")).toEqual(["data/site.json:1:1  url: a production build needs the site's public address (expected url in data/site.json, or AR_SITE_URL from the deploy)"]);
  });

  it("accepts real settings, and settings left out", () => {
    expect(check({ url: "https://record.buckinghamshire.gov.uk/", publisher: "Example Residents' Group" })).toEqual([]);
  });
});
