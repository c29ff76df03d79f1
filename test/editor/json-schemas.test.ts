import { Ajv } from "ajv";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaFiles, SCHEMAS_DIR, schemaFileFor } from "../../src/editor/json-schemas.ts";
import { listEntryFiles } from "../../src/loaders/list-entry-files.ts";
import { parseFrontMatter } from "../../src/loaders/parse-front-matter.ts";
import { dataFiles } from "../../src/record/report-record.ts";
import { SKELETON_DIR } from "../../src/editor/init-record-command.ts";
import { housingRoot, projectRoot } from "../support/fixture-record.ts";

const readJson = async (file: string, root = projectRoot) => JSON.parse(await readFile(path.join(root, file), "utf8"));
/** The record in content/ and data/, whichever it is, and the records the project itself ships. */
const RECORDS = [projectRoot, housingRoot, SKELETON_DIR];
// Formats are the editor's business; the date pattern zod emits alongside still checks the shape.
const ajv = () => new Ajv({ strict: false, validateFormats: false, allErrors: true });

describe("the JSON Schemas for editors", () => {
  it("are checked in exactly as the zod schemas generate them (run npm run schemas if this fails)", async () => {
    const generated = jsonSchemaFiles();
    const checkedIn = (await readdir(path.join(projectRoot, SCHEMAS_DIR))).filter((n) => n.endsWith(".schema.json")).sort();
    expect(checkedIn).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect(await readFile(path.join(projectRoot, SCHEMAS_DIR, name), "utf8"), `${SCHEMAS_DIR}/${name} is out of date: run npm run schemas`).toBe(text);
    }
  });

  it("are named by every data file's $schema and mapped in the workspace settings", async () => {
    const settings = await readJson(".vscode/settings.json");
    for (const file of Object.values(dataFiles)) {
      for (const root of RECORDS) expect((await readJson(file, root)).$schema, path.join(root, file)).toBe(`../${SCHEMAS_DIR}/${schemaFileFor(file)}`);
      expect(settings["json.schemas"]).toContainEqual({ fileMatch: [`/${file}`], url: `./${SCHEMAS_DIR}/${schemaFileFor(file)}` });
    }
  });

  it.each(RECORDS.map((root) => [path.relative(projectRoot, root) || "the record in content/ and data/", root]))("accept every data file and every entry's front matter of %s", async (_name, root) => {
    const schemas = jsonSchemaFiles();
    for (const file of Object.values(dataFiles)) {
      const validate = ajv().compile(JSON.parse(schemas.get(schemaFileFor(file))!));
      expect(validate(await readJson(file, root)) ? [] : validate.errors, file).toEqual([]);
    }
    const validateEntry = ajv().compile(JSON.parse(schemas.get("entry.schema.json")!));
    for (const file of await listEntryFiles(root)) {
      const parsed = parseFrontMatter(await readFile(path.join(root, file), "utf8"), file);
      if (!parsed.ok) throw new Error(file);
      expect(validateEntry(parsed.value.data) ? [] : validateEntry.errors, file).toEqual([]);
    }
  });

  it("flag a misspelt field, a kind that is not an id and a string where true or false belongs, as the editor types", () => {
    // Which kinds exist is the record's own list (data/vocabularies.json), so the schema for every record checks only the shape.
    const validate = ajv().compile(JSON.parse(jsonSchemaFiles().get("entry.schema.json")!));
    validate({ titel: "x", date: "2014-11-10", datePrecision: "day", kind: "Cabinet decision", phase: "response", summary: "s", sources: ["a"], draft: "yes" });
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort()).toEqual([
      ' additionalProperties {"additionalProperty":"titel"}',
      ' required {"missingProperty":"title"}',
      '/draft type {"type":"boolean"}',
      '/kind pattern {"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"}',
    ]);
  });
});
