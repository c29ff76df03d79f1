import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { valueReader } from "../../src/eleventy/value-reader.ts";
import { projectRoot } from "../support/fixture-record.ts";

describe("valueReader", () => {
  it("reads the value a template that prints one value would print", () => {
    expect(valueReader("{{ entry.url }}")?.({ entry: { url: "/timeline/x/" } })).toBe("/timeline/x/");
    expect(valueReader("{{entry.title}}")?.({ entry: { title: "Children's services" } })).toBe("Children's services");
    expect(valueReader("{{ entry.order }}")?.({ entry: { order: 2 } })).toBe("2");
  });

  it("prints nothing for a missing value, as Nunjucks does", () => {
    expect(valueReader("{{ entry.missing.deeper }}")?.({ entry: {} })).toBe("");
  });

  it("leaves every other template to Nunjucks", () => {
    for (const template of ["/sources/", "/people/{{ person.id }}/", "{{ entry.title | upper }}", "{{ a }}{{ b }}", "{% if x %}y{% endif %}"]) {
      expect(valueReader(template)).toBeUndefined();
    }
  });

  it("gives entry pages their address and a title escaped once", async () => {
    const eleventy = new Eleventy(path.join(projectRoot, "content"), "_site", { configPath: path.join(projectRoot, ".eleventy.js"), quietMode: true });
    const pages = (await eleventy.toJSON()) as { url: string; content: string }[];
    const page = pages.find((p) => p.url === "/timeline/ofsted-rates-services-inadequate/");
    expect(page?.content).toContain("<title>Ofsted rates the council&#39;s children&#39;s services &quot;inadequate&quot; – ");
  });
});
