import * as z from "zod";
import { dataSchemas } from "../editor/json-schemas.ts";
import { dataFiles } from "../record/report-record.ts";
import { EntryFrontMatterSchema } from "../schemas/entry.ts";
import { FundingFileSchema } from "../schemas/funding.ts";
import { GlossaryFileSchema } from "../schemas/glossary.ts";
import { PeopleFileSchema } from "../schemas/person.ts";
import { PromisesFileSchema } from "../schemas/promise.ts";
import { SiteSchema } from "../schemas/site.ts";
import { SourceFrontMatterSchema } from "../schemas/source.ts";
import { StatisticsFileSchema } from "../schemas/statistic.ts";
import { entryFieldOrder } from "../editor/compose-entry-file.ts";
import { ENTRY_FORMAT, HELPER_FIELDS } from "./form-names.ts";
import { listLocations } from "./record-lists.ts";
import { NewStageSchema, NewSumSchema } from "../editor/add-funding-lines.ts";
import { VocabulariesFileSchema } from "../schemas/vocabularies.ts";
import { moneyFields, referenceFields, vocabularyFields, type RecordList, type RecordVocabularies } from "./record-vocabularies.ts";

/** Decap's media folder, which the editor never uses (see cmsConfig). */
export const NO_MEDIA_FOLDER = "editor-media-unused";

/** A Decap CMS field, as its configuration writes it. */
export type CmsField = { name: string; label: string; widget: string; required?: boolean; [option: string]: unknown };

/** Where the CMS reads and writes: the preview's local backend, or the published site's repository. */
export type CmsBackend =
  | { kind: "local"; url: string }
  | { kind: "github"; repo: string; branch: string; baseUrl?: string | undefined; authEndpoint?: string | undefined };

export interface CmsConfigInput {
  backend: CmsBackend;
  /** The record's entries, for fields that name one (an entry's id is its file name, not a field). */
  entries: readonly { id: string; title: string }[];
  /** The record's own vocabularies (src/cms/record-vocabularies.ts). */
  vocabularies: RecordVocabularies;
}


type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
};

/** What an editor writes (fields with defaults optional), as JSON Schema: the same rules the build's zod schemas check. */
const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-7", unrepresentable: "any" }) as JsonSchema;

/** "decidedBy" → "Decided by"; "amountPence" is entered in pounds, so it reads "Amount (£)". */
export const labelFor = (name: string, money = false): string => {
  const words = (money ? name.replace(/Pence$/, "") : name).replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${money ? " (£)" : ""}`;
};

/** A regular expression an editor is told about in plain words when a value does not match it. */
const patternHint = (pattern: string): string => {
  if (pattern === "^[a-z0-9]+(?:-[a-z0-9]+)*$") return "lower-case words joined by hyphens, like jane-smith";
  if (pattern.includes("\\/")) return "a financial year such as 2014/15";
  return `the form ${pattern}`;
};

/**
 * One field of the form from the JSON Schema of the zod schema that checks it. `path` names the
 * field as the record's tables do (`funding.lines.fund`), to find its vocabulary or the list its ids come from.
 */
function fieldFor(name: string, schema: JsonSchema, required: boolean, path: string, input: Required<CmsConfigInput>): CmsField {
  const base = { name, label: labelFor(name, moneyFields.includes(path)), ...(required ? {} : { required: false }) };
  const reference = referenceFields[path];
  const vocabulary = vocabularyFields[path];
  const optional = schema.anyOf?.find((s) => s.type !== undefined);
  if (optional) schema = optional;

  if (moneyFields.includes(path)) return { ...base, widget: "pounds", hint: "In pounds: 4800000, 4,800,000.50 or £4.8m. Stored exactly, in pence." };
  if (reference) return { ...base, ...choiceOf(reference, schema.type === "array", input), ...listBounds(schema) };
  if (vocabulary) return { ...base, widget: "select", options: input.vocabularies[vocabulary].map((t) => ({ label: t.label, value: t.id })) };
  if (schema.enum) return { ...base, widget: "select", options: schema.enum.map((v) => String(v)), ...(schema.default !== undefined ? { default: schema.default } : {}) };

  switch (schema.type) {
    case "boolean":
      return { ...base, widget: "boolean", default: schema.default ?? false };
    case "integer":
    case "number":
      return {
        ...base, widget: "number", value_type: schema.type === "integer" ? "int" : "float",
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? { max: schema.maximum } : {}),
      };
    case "object":
      return { ...base, widget: "object", collapsed: false, fields: fieldsOf(schema, path, input) };
    case "array": {
      const items = schema.items ?? {};
      // An optional list starts empty (Decap would otherwise offer one blank item, which then fails to save).
      if (items.type === "object") return { ...base, widget: "list", fields: fieldsOf(items, path, input), ...listBounds(schema), ...(required ? {} : { default: [] }) };
      return { ...base, widget: "list", ...listBounds(schema), hint: "Separate them with commas." };
    }
    default:
      return { ...base, ...stringWidget(schema, required) };
  }
}

/** A text field with the schema's length and pattern, so the form says what is wrong before saving. */
function stringWidget(schema: JsonSchema, required: boolean): { widget: string; [option: string]: unknown } {
  if (schema.format === "date") {
    return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };
  }
  if (schema.format === "email") return { widget: "string", pattern: [schema.pattern ?? "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "Expected an email address, such as report@example.org"] };
  const max = schema.maxLength;
  const widget = max !== undefined && max > 200 ? "text" : "string";
  if (schema.pattern) return { widget, pattern: [schema.pattern, `Expected ${patternHint(schema.pattern)}`] };
  if (max !== undefined) {
    // One line, at most `max` characters: the schema's LineSchema, which trims and refuses line breaks.
    return { widget, pattern: [`^(?=[\\s\\S]*\\S)[^\\r\\n]{${required ? 1 : 0},${max}}$`, `At most ${max} characters, on one line`] };
  }
  return { widget };
}

const listBounds = (schema: JsonSchema) => ({
  ...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
  ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
});

/** Ids chosen from a list: a relation to the data file that holds the list; entries from the record. */
function choiceOf(list: RecordList, multiple: boolean, input: Required<CmsConfigInput>): { widget: string; [option: string]: unknown } {
  if (list === "entries") {
    return { widget: "select", multiple, options: input.entries.map((e) => ({ label: `${e.title} (${e.id})`, value: e.id })) };
  }
  const where = listLocations[list];
  if (where.kind === "folder") {
    // A file per item, named by its id: Decap stores the entry's slug, which is the file's name.
    return {
      widget: "relation", collection: where.collection, multiple,
      value_field: "{{slug}}", search_fields: [where.labelField], display_fields: [where.labelField],
      options_length: 1000,
    };
  }
  const at = (field: string) => `${where.list}.*.${field}`;
  return {
    widget: "relation", collection: "data", file: where.file, multiple,
    value_field: at("id"), search_fields: [at(where.labelField), at("id")], display_fields: [at(where.labelField)],
    options_length: 1000,
  };
}

function fieldsOf(schema: JsonSchema, path: string, input: Required<CmsConfigInput>, order?: readonly string[]): CmsField[] {
  const properties = schema.properties ?? {};
  const names = order ? [...order.filter((n) => n in properties), ...Object.keys(properties).filter((n) => !order.includes(n))] : Object.keys(properties);
  return names.map((name) =>
    name === "$schema"
      ? { name, label: "Schema", widget: "hidden", required: false }
      : fieldFor(name, properties[name]!, (schema.required ?? []).includes(name) && properties[name]!.default === undefined, `${path}.${name}`, input),
  );
}

/** The entry form: the front matter's fields in the order files give them, draft by default, then the text. */
function entryFields(input: Required<CmsConfigInput>): CmsField[] {
  const fields = fieldsOf(jsonSchemaOf(EntryFrontMatterSchema), "entry", input, [...entryFieldOrder, "draft"]).map((field) => {
    if (field.name === "draft") return { ...field, default: true, hint: "A draft is shown by the preview, never published. Untick it when the entry is ready." };
    if (field.name === "datePrecision") return { ...field, default: "day" };
    return field;
  });
  // A new sum's id is made from its label, and the entry being saved records its stage.
  const money: CmsField[] =
    input.backend.kind === "local"
      ? [
          {
            name: HELPER_FIELDS.newSums, label: "New sums of money this entry records", widget: "list", required: false, default: [],
            hint: `Each is added to ${dataFiles.funding} when you save, at the stage you give, recorded by this entry, and listed under Funding.`,
            fields: fieldsOf(jsonSchemaOf(NewSumSchema), "newSum", input).filter((f) => f.name !== "id"),
          },
          {
            name: HELPER_FIELDS.newStages, label: "Sums already recorded that this entry takes to a new stage", widget: "list", required: false, default: [],
            hint: `Each stage is added to its sum in ${dataFiles.funding} when you save, recorded by this entry, and the sum is listed under Funding.`,
            fields: fieldsOf(jsonSchemaOf(NewStageSchema), "newStage", input),
          },
        ]
      : [];
  return [...fields, ...money, {
    // A plain text box, not Decap's rich-text editor: what is typed is what the file holds, and its label is tied to it.
    name: "body", label: "Text", widget: "text",
    hint: 'Markdown. Cite each fact with the words of the source that support it, exactly as the copy held prints them: ([news report](source:id-of-the-source "the exact words")). Write each sum of money as the source does.',
  }];
}

/**
 * The sources collection: a file each in data/sources/, named by the source's id (made from the
 * title when created), its fields from the build's schema, and the text after the front matter as
 * the copy held, kept exactly as typed (never rendered).
 */
function sourcesCollection(input: Required<CmsConfigInput>): Record<string, unknown> {
  const where = listLocations.sources;
  if (where.kind !== "folder") throw new Error("sources are kept one file each (src/cms/record-lists.ts)");
  return {
    name: where.collection, label: "Sources", label_singular: "source", folder: where.folder, extension: "md", format: "yaml-frontmatter",
    create: true, delete: false, identifier_field: where.labelField, slug: "{{slug}}",
    editor: { preview: false },
    summary: "{{date}}: {{title}}", sortable_fields: ["date", "title"],
    fields: [
      ...fieldsOf(jsonSchemaOf(SourceFrontMatterSchema), "source", input).map((field) => (field.name === "datePrecision" ? { ...field, default: "day" } : field)),
      {
        name: "body", label: "Copy held", widget: "text",
        hint: "The document's text, exactly as held, as plain text (not Markdown). Every citation's words must be found in it; passages-only sources show only those words.",
      },
    ],
  };
}

/**
 * The whole Decap CMS configuration, generated from the zod schemas the build checks with and the
 * record's vocabularies and lists: never written by hand. One folder collection for the entries,
 * named by date and title as `npm run new` names them (the admin page's script fills the file name
 * before saving), and every data file as an editable file.
 */
export function cmsConfig(given: CmsConfigInput): Record<string, unknown> {
  const input: Required<CmsConfigInput> = given;
  const backend =
    input.backend.kind === "local"
      ? { backend: { name: "proxy", proxy_url: input.backend.url, branch: "main" }, local_backend: false }
      : {
          backend: {
            name: "github", repo: input.backend.repo, branch: input.backend.branch, squash_merges: true,
            ...(input.backend.baseUrl ? { base_url: input.backend.baseUrl } : {}),
            ...(input.backend.authEndpoint ? { auth_endpoint: input.backend.authEndpoint } : {}),
          },
          publish_mode: "editorial_workflow",
        };
  return {
    ...backend,
    // The record holds no pictures or uploads (content/ may hold only entries). Decap requires a media
    // folder: this one is outside content/ and data/, so the local backend lists nothing in it and
    // refuses uploads, and the admin page hides the Media button.
    media_folder: NO_MEDIA_FOLDER,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "entries", label: "Timeline entries", label_singular: "entry", folder: "content", extension: "md", format: ENTRY_FORMAT,
        create: true, delete: false, identifier_field: "title",
        // The preview of the site itself is one click away; Decap's own would show something else.
        editor: { preview: false },
        path: `{{${HELPER_FIELDS.fileYear}}}/{{slug}}`, slug: `{{fields.${HELPER_FIELDS.fileName}}}`,
        summary: "{{date}}: {{title}}", sortable_fields: ["date", "title"],
        fields: entryFields(input),
      },
      sourcesCollection(input),
      {
        name: "data", label: "Data files", delete: false,
        files: (Object.entries(dataFiles) as [keyof typeof dataFiles, string][]).map(([key, file]) => ({
          name: key, label: labelFor(key), file, format: "json",
          fields: fieldsOf(jsonSchemaOf(dataSchemas[key]), key, input),
        })),
      },
    ],
  };
}
