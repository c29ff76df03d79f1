import { z } from "zod";
import { describe, expect, it } from "vitest";
import { cmsConfig, type CmsField } from "../../src/cms/cms-config.ts";
import { moneyFields, recordVocabularies, referenceFields, vocabularyFields } from "../../src/cms/record-vocabularies.ts";
import { NewStageSchema, NewSumSchema } from "../../src/editor/add-funding-lines.ts";
import { dataFiles } from "../../src/record/report-record.ts";
import { EntryFrontMatterSchema } from "../../src/schemas/entry.ts";
import { FundingFileSchema } from "../../src/schemas/funding.ts";
import { GlossaryFileSchema } from "../../src/schemas/glossary.ts";
import { PeopleFileSchema } from "../../src/schemas/person.ts";
import { PromisesFileSchema } from "../../src/schemas/promise.ts";
import { SiteSchema } from "../../src/schemas/site.ts";
import { SourceFrontMatterSchema } from "../../src/schemas/source.ts";
import { StatisticsFileSchema } from "../../src/schemas/statistic.ts";
import { VocabulariesFileSchema } from "../../src/schemas/vocabularies.ts";

type Json = { type?: string; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: string[]; pattern?: string; maxLength?: number; minItems?: number; default?: unknown; anyOf?: Json[] };
type Collection = { name: string; folder?: string; fields?: CmsField[]; files?: { name: string; file: string; fields: CmsField[] }[]; [k: string]: unknown };

// A record with its own vocabularies (a committee-run borough: committee decisions, a housing fund, stages up to received)
const loaded = await recordVocabularies(new URL("../fixtures/staged-money", import.meta.url).pathname);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const vocabularies = loaded.vocabularies;
const local = cmsConfig({ backend: { kind: "local", url: "/api/v1" }, entries: [{ id: "cabinet-decides", title: "Cabinet decides" }], vocabularies });
const collections = local.collections as Collection[];
const entries = collections.find((c) => c.name === "entries")!;
const data = collections.find((c) => c.name === "data")!;
const sources = collections.find((c) => c.name === "sources")!;
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-7", unrepresentable: "any" }) as Json;
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

/**
 * Walks a zod schema (as JSON Schema) beside the form made from it: every field is there, required
 * exactly when the schema requires it, with its pattern, length, list bounds and choices. A field
 * added to a schema that the generator cannot express fails here, naming the field.
 */
function compare(schema: Json, fields: CmsField[], path: string, problems: string[]) {
  for (const [name, rawProperty] of Object.entries(schema.properties ?? {})) {
    const at = `${path}.${name}`;
    const f = fields.find((x) => x.name === name);
    if (!f) {
      problems.push(`${at}: not in the form`);
      continue;
    }
    if (name === "$schema") continue;
    const property = rawProperty.anyOf?.find((s) => s.type !== undefined) ?? rawProperty;
    const required = (schema.required ?? []).includes(name) && rawProperty.default === undefined;
    if ((f.required !== false) !== required && !(name === "draft" && f.default === true)) problems.push(`${at}: required is ${f.required !== false}, the schema says ${required}`);
    if (moneyFields.includes(at)) {
      if (f.widget !== "pounds") problems.push(`${at}: money is not entered in pounds`);
      continue;
    }
    if (referenceFields[at]) {
      if (!["relation", "select"].includes(f.widget)) problems.push(`${at}: ids are typed, not chosen from ${referenceFields[at]}`);
      if ((f.multiple === true) !== (property.type === "array")) problems.push(`${at}: multiple is ${String(f.multiple)}`);
      if (property.minItems !== undefined && f.min !== property.minItems) problems.push(`${at}: min is ${String(f.min)}, the schema says ${property.minItems}`);
      continue;
    }
    const options = (f.options as (string | { value: string })[] | undefined)?.map((o) => (typeof o === "string" ? o : o.value));
    if (property.enum && JSON.stringify(options) !== JSON.stringify(property.enum)) problems.push(`${at}: offers ${JSON.stringify(options)}, the schema allows ${JSON.stringify(property.enum)}`);
    // A term is chosen from the record's own list, so no id can be mistyped.
    if (vocabularyFields[at]) {
      if (JSON.stringify(options) !== JSON.stringify(vocabularies[vocabularyFields[at]].map((t) => t.id))) problems.push(`${at}: does not offer the record's ${vocabularyFields[at]}`);
      continue;
    }
    const pattern = (f.pattern as [string, string] | undefined)?.[0];
    // A date picker gives only real dates, written YYYY-MM-DD; the schema's pattern says the same.
    if ((property as { format?: string }).format === "date") {
      if (f.widget !== "datetime" || f.format !== "YYYY-MM-DD" || f.time_format !== false) problems.push(`${at}: not a date picker writing YYYY-MM-DD`);
      continue;
    }
    if (property.pattern && pattern !== property.pattern) problems.push(`${at}: pattern ${String(pattern)}, the schema says ${property.pattern}`);
    if (!property.pattern && property.maxLength !== undefined && !pattern?.includes(`,${property.maxLength}}`)) problems.push(`${at}: no limit of ${property.maxLength} characters`);
    if (property.type === "object") compare(property, (f.fields as CmsField[]) ?? [], at, problems);
    if (property.type === "array" && property.items?.type === "object") compare(property.items, (f.fields as CmsField[]) ?? [], at, problems);
  }
}

describe("the CMS configuration, generated from the zod schemas and the record's vocabularies", () => {
  it("has every field of every schema, with the schema's rules", () => {
    const problems: string[] = [];
    compare(json(EntryFrontMatterSchema), entries.fields!, "entry", problems);
    const schemas: Record<keyof typeof dataFiles, z.ZodType> = {
      site: SiteSchema, vocabularies: VocabulariesFileSchema, funding: FundingFileSchema, people: PeopleFileSchema,
      statistics: StatisticsFileSchema, promises: PromisesFileSchema, glossary: GlossaryFileSchema,
    };
    for (const [key, schema] of Object.entries(schemas)) compare(json(schema), data.files!.find((f) => f.name === key)!.fields, key, problems);
    compare(json(SourceFrontMatterSchema), sources.fields!, "source", problems);
    compare(json(NewSumSchema), field(entries.fields!, "newSums").fields as CmsField[], "newSum", problems);
    compare(json(NewStageSchema), field(entries.fields!, "newStages").fields as CmsField[], "newStage", problems);
    // A new sum's id is made from its label when it is saved.
    expect(problems).toEqual(["newSum.id: not in the form"]);
  });

  it("names every data file, and every table of the record points at a field that exists", () => {
    expect(data.files!.map((f) => f.file)).toEqual(Object.values(dataFiles));
    const paths = new Set<string>();
    const walk = (fields: CmsField[], path: string) => fields.forEach((f) => {
      paths.add(`${path}.${f.name}`);
      if (Array.isArray(f.fields)) walk(f.fields as CmsField[], `${path}.${f.name}`);
    });
    walk(entries.fields!, "entry");
    // The entry form's new sums and new stages are named as their own tables
    walk(field(entries.fields!, "newSums").fields as CmsField[], "newSum");
    walk(field(entries.fields!, "newStages").fields as CmsField[], "newStage");
    for (const file of data.files!) walk(file.fields, file.name);
    walk(sources.fields!, "source");
    expect([...Object.keys(referenceFields), ...Object.keys(vocabularyFields), ...moneyFields].filter((p) => !paths.has(p))).toEqual([]);
  });

  it("names a new entry's file from its date and title in its year's folder, and makes it a draft", () => {
    expect({ folder: entries.folder, path: entries.path, slug: entries.slug, format: entries.format, create: entries.create }).toEqual({
      folder: "content", path: "{{fileyear}}/{{slug}}", slug: "{{fields.filename}}", format: "report-entry", create: true,
    });
    expect(field(entries.fields!, "draft")).toMatchObject({ widget: "boolean", default: true });
    expect(entries.fields!.at(-1)).toMatchObject({ name: "body", widget: "text" });
  });

  it("edits each source as its own file in data/sources/, named by its id, the copy held as the text after the front matter", () => {
    expect({ folder: sources.folder, extension: sources.extension, format: sources.format, slug: sources.slug, create: sources.create }).toEqual({
      folder: "data/sources", extension: "md", format: "yaml-frontmatter", slug: "{{slug}}", create: true,
    });
    expect(sources.fields!.at(-1)).toMatchObject({ name: "body", label: "Copy held", widget: "text" });
    expect(field(sources.fields!, "publish").options).toEqual(["in-full", "passages-only"]);
    expect(field(sources.fields!, "kind").options).toEqual(vocabularies.sourceKinds.map((t) => ({ label: t.label, value: t.id })));
    expect(data.files!.map((f) => f.name)).not.toContain("sources");
  });

  it("offers ids from the lists that hold them, and the record's own kinds, funds and stages", () => {
    // Sources are a file each, named by id: chosen by title, stored as the file's name.
    expect(field(entries.fields!, "sources")).toMatchObject({
      widget: "relation", collection: "sources", multiple: true, min: 1,
      value_field: "{{slug}}", search_fields: ["title"], display_fields: ["title"],
    });
    expect(field(entries.fields!, "sources")).not.toHaveProperty("file");
    expect(field(entries.fields!, "phase")).toMatchObject({ widget: "relation", file: "site", value_field: "phases.*.id", multiple: false });
    expect(field(entries.fields!, "kind").options).toEqual([
      { label: "Committee decision", value: "committee-decision" }, { label: "Council meeting", value: "council-meeting" }, { label: "Grant", value: "grant" },
    ]);
    const sums = field(data.files!.find((f) => f.name === "funding")!.fields, "sums").fields as CmsField[];
    expect(field(sums, "amountPence")).toMatchObject({ label: "Amount (£)", widget: "pounds" });
    expect(field(sums, "fund").options).toEqual([
      { label: "Housing revenue account", value: "housing-revenue-account" }, { label: "Decent homes grant", value: "decent-homes-grant" },
    ]);
    const stages = field(sums, "stages").fields as CmsField[];
    expect(field(stages, "entry")).toMatchObject({ widget: "select", options: [{ label: "Cabinet decides (cabinet-decides)", value: "cabinet-decides" }] });
    // In the order a sum moves through, as the record lists them
    expect((field(stages, "stage").options as { value: string }[]).map((o) => o.value)).toEqual(["proposed", "recommended", "approved", "received", "withdrawn"]);
  });

  it("on the local backend, lets the entry form add sums of money; on GitHub, uses the editorial workflow and adds nothing beyond the entry", () => {
    expect(local.backend).toEqual({ name: "proxy", proxy_url: "/api/v1", branch: "main" });
    const newSum = field(entries.fields!, "newSums").fields as CmsField[];
    expect(newSum.map((f) => f.name)).toEqual(["label", "amountPence", "upTo", "direction", "fund", "financialYear", "note", "stage", "decidedBy", "sources"]);
    expect(field(newSum, "amountPence")).toMatchObject({ widget: "pounds" });
    expect((field(newSum, "stage").options as { value: string }[]).map((o) => o.value)).toEqual(["proposed", "recommended", "approved", "received", "withdrawn"]);
    const newStage = field(entries.fields!, "newStages").fields as CmsField[];
    expect(newStage.map((f) => f.name)).toEqual(["sum", "stage", "decidedBy", "sources", "note"]);
    expect(field(newStage, "sum")).toMatchObject({ widget: "relation", file: "funding", value_field: "sums.*.id", multiple: false });
    const github = cmsConfig({ backend: { kind: "github", repo: "example/report", branch: "main", baseUrl: "https://auth.example.org" }, entries: [], vocabularies });
    expect(github.backend).toEqual({ name: "github", repo: "example/report", branch: "main", squash_merges: true, base_url: "https://auth.example.org" });
    expect(github.publish_mode).toBe("editorial_workflow");
    const githubEntries = (github.collections as Collection[]).find((c) => c.name === "entries")!;
    expect(githubEntries.fields!.map((f) => f.name)).not.toContain("newSums");
    expect(githubEntries.fields!.map((f) => f.name)).not.toContain("newStages");
    expect(github.media_folder).not.toMatch(/^(content|data)\//);
  });
});
