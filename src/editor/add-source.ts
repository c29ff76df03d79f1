import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import type { z } from "zod";
import { validate } from "../loaders/validate.ts";
import type { Problem } from "../problems/problem.ts";
import { UNFINISHED_MARKER } from "../record/check-unfinished.ts";
import { SourceFrontMatterSchema } from "../schemas/source.ts";
import { listLocations } from "../cms/record-lists.ts";
import { loadSources } from "../loaders/load-sources.ts";
import { uniqueId } from "./append-to-data-list.ts";
import { slugify } from "./slugify.ts";

/** A document an editor adds while writing an entry: a source's fields, the id and publish level optional. */
export type NewSource = Omit<z.input<typeof SourceFrontMatterSchema>, "publish"> & { id?: string | undefined; publish?: z.input<typeof SourceFrontMatterSchema>["publish"] };

/** A checked new source: its id (the file's name) and its front matter. */
export type PlannedSource = { id: string; file: string; frontMatter: z.output<typeof SourceFrontMatterSchema> };

/** What a new source file holds until the editor pastes the document in: a TODO, so it cannot be mistaken for the copy. */
export const COPY_PLACEHOLDER = `${UNFINISHED_MARKER}: paste the document's text here, exactly as held (every citation's words must be found in it)`;

const folder = () => {
  const where = listLocations.sources;
  if (where.kind !== "folder") throw new Error("sources are kept one file each (src/cms/record-lists.ts)");
  return where.folder;
};

/**
 * Checks a new source with the build's own schema and gives it an id (from its title) that no
 * other source has. Another publisher's document is shown only as the passages cited unless the
 * editor says otherwise. Nothing is written: `writeSource` does that once the entry is known to be good.
 */
export async function planSource(root: string, source: NewSource): Promise<{ ok: true; source: PlannedSource } | { ok: false; problems: Problem[] }> {
  const dir = folder();
  const taken = new Set((await loadSources(root)).sources.map((s) => path.basename(s.file, ".md")));
  const { id: given, ...fields } = source;
  const id = uniqueId(given?.trim() || slugify(String(source.title ?? "source")), taken);
  const file = `${dir}/${id}.md`;
  const result = validate(SourceFrontMatterSchema, { publish: "passages-only", ...fields }, `${file} (the new source)`, () => ({ line: 1, column: 1 }));
  return result.ok ? { ok: true, source: { id, file, frontMatter: result.value } } : { ok: false, problems: result.problems };
}

/** Writes a checked source as its own file, front matter then the placeholder for the copy held; never over an existing one. */
export async function writeSource(root: string, source: PlannedSource): Promise<void> {
  const target = path.join(root, source.file);
  if (await access(target).then(() => true, () => false)) throw new Error(`${source.file} already exists`);
  // In the schema's order, as a hand-written file gives them; titleSupplied only when true.
  const frontMatter = Object.fromEntries(Object.entries(source.frontMatter).filter(([k, v]) => v !== undefined && !(k === "titleSupplied" && v === false)));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${COPY_PLACEHOLDER}\n`, { flag: "wx" });
}
