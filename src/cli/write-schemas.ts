/**
 * `npm run schemas`: writes the JSON Schemas for data/*.json and entry front matter into schemas/,
 * from the zod schemas. Run it after changing anything in src/schemas/; a test fails until you do.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { jsonSchemaFiles, SCHEMAS_DIR } from "../editor/json-schemas.ts";

const dir = path.join(process.cwd(), SCHEMAS_DIR);
await mkdir(dir, { recursive: true });
const files = jsonSchemaFiles();
// A schema whose zod schema was removed must not linger and mislead editors.
for (const name of await readdir(dir)) if (name.endsWith(".schema.json") && !files.has(name)) await rm(path.join(dir, name));
for (const [name, text] of files) await writeFile(path.join(dir, name), text);
console.log(`Wrote ${files.size} schemas to ${SCHEMAS_DIR}/: ${[...files.keys()].join(", ")}`);
