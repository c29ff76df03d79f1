import { describe, expect, it } from "vitest";
import { simpleTemplate } from "../../src/eleventy/simple-template.ts";
import { buildInMemory } from "../support/build-in-memory.ts";
import { housingRoot } from "../support/fixture-record.ts";

describe("simpleTemplate", () => {
  it("prints the values a template that only prints values would print", () => {
    expect(simpleTemplate("{{ entry.url }}")?.({ entry: { url: "/timeline/x/" } })).toBe("/timeline/x/");
    expect(simpleTemplate("/people/{{person.id}}/")?.({ person: { id: "martin-tett" } })).toBe("/people/martin-tett/");
    expect(simpleTemplate("{{ kind.label }}: events on the timeline")?.({ kind: { label: "Scrutiny" } })).toBe("Scrutiny: events on the timeline");
    expect(simpleTemplate("{{ entry.order }}")?.({ entry: { order: 2 } })).toBe("2");
  });

  it("gives values unescaped, with or without | safe, for the layout to escape once", () => {
    const data = { entry: { title: "Children's services & \"inadequate\"" } };
    expect(simpleTemplate("{{ entry.title }}")?.(data)).toBe("Children's services & \"inadequate\"");
    expect(simpleTemplate("{{ entry.title | safe }}")?.(data)).toBe("Children's services & \"inadequate\"");
  });

  it("prints nothing for a missing value, as Nunjucks does", () => {
    expect(simpleTemplate("{{ entry.missing.deeper }}")?.({ entry: {} })).toBe("");
  });

  it("leaves every other template to Nunjucks", () => {
    for (const template of ["/sources/", "{{ entry.title | upper }}", "{% if x %}y{% endif %}", "{{ a }}{# note #}", "{{ a['b'] }}", "{{ a }} }}"]) {
      expect(simpleTemplate(template)).toBeUndefined();
    }
  });

  it("gives entry pages their address and a title escaped once", async () => {
    const pages = await buildInMemory({ recordRoot: housingRoot });
    const page = pages.find((p) => p.url === "/timeline/ombudsman-finds-severe-maladministration/");
    expect(page?.content).toContain("<title>Ombudsman finds the council&#39;s repairs caused &quot;severe&quot; distress to a family – ");
  });
});
