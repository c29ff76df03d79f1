import * as z from "zod";
import { dataFiles } from "../record/report-record.ts";
import { EntryFrontMatterSchema } from "../schemas/entry.ts";
import { FundingFileSchema } from "../schemas/funding.ts";
import { GlossaryFileSchema } from "../schemas/glossary.ts";
import { PeopleFileSchema } from "../schemas/person.ts";
import { PromisesFileSchema } from "../schemas/promise.ts";
import { SiteSchema } from "../schemas/site.ts";
import { SourceFrontMatterSchema } from "../schemas/source.ts";
import { StatisticsFileSchema } from "../schemas/statistic.ts";
import { VocabulariesFileSchema } from "../schemas/vocabularies.ts";

/** The folder, at the project root, that holds the generated schemas; published at the same path on the site. */
export const SCHEMAS_DIR = "schemas";

/** The zod schema of each JSON data file: the one table the editors' JSON Schemas and the CMS form are made from. */
export const dataSchemas: Record<keyof typeof dataFiles, z.ZodType> = {
  site: SiteSchema,
  vocabularies: VocabulariesFileSchema,
  funding: FundingFileSchema,
  people: PeopleFileSchema,
  statistics: StatisticsFileSchema,
  promises: PromisesFileSchema,
  glossary: GlossaryFileSchema,
};

/** `data/funding.json` is described by `funding.schema.json`; its "$schema" is `../schemas/funding.schema.json`. */
export const schemaFileFor = (dataFile: string): string => `${dataFile.replace(/^.*\//, "").replace(/\.json$/, "")}.schema.json`;

/**
 * Every JSON Schema editors validate against, by file name, generated from the zod schemas the
 * build uses (so the two can never disagree). `io: "input"` describes what an editor writes:
 * fields with defaults are optional. Draft-07 is the version every common editor understands fully.
 * Rules zod checks in code (a real date, cross-field date rules, references) are left to `npm run check`.
 * @example jsonSchemaFiles().get("funding.schema.json") // '{\n  "$schema": ...'
 */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (name: string, schema: z.ZodType, title: string, guide: string) => {
    const json = { ...z.toJSONSchema(schema, { io: "input", target: "draft-7", unrepresentable: "any" }), title, description: `Generated from the build's own checks by npm run schemas; do not edit. How to write this file: ${guide}` };
    files.set(name, `${JSON.stringify(json, null, 2)}\n`);
  };
  add("entry.schema.json", EntryFrontMatterSchema, "The front matter of an entry in content/", "CONTENT.md#front-matter");
  add("source.schema.json", SourceFrontMatterSchema, "The front matter of a source in data/sources/", "CONTENT.md#sources-and-the-copy-held");
  for (const [key, file] of Object.entries(dataFiles) as [keyof typeof dataFiles, string][]) {
    add(schemaFileFor(file), dataSchemas[key], `The record's ${file}`, "CONTENT.md#data-files");
  }
  return files;
}
