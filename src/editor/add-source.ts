import type { z } from "zod";
import { validate } from "../loaders/validate.ts";
import type { Problem } from "../problems/problem.ts";
import { dataFiles } from "../record/report-record.ts";
import { SourceSchema, type Source } from "../schemas/source.ts";
import { listLocations } from "../cms/record-lists.ts";
import { appendToDataList, idsInDataList, uniqueId } from "./append-to-data-list.ts";
import { slugify } from "./slugify.ts";

/** A document an editor adds while writing an entry: a source's fields, the id optional. */
export type NewSource = Omit<z.input<typeof SourceSchema>, "id"> & { id?: string | undefined };

/**
 * Checks a new source with the build's own schema and gives it an id (from its title) that no
 * other source has. Nothing is written: `writeSource` does that once the entry is known to be good.
 */
export async function planSource(root: string, source: NewSource): Promise<{ ok: true; source: Source } | { ok: false; problems: Problem[] }> {
  const where = listLocations.sources;
  const taken = await idsInDataList(root, dataFiles[where.file], where.list);
  const id = uniqueId(source.id?.trim() || slugify(String(source.title ?? "source")), taken);
  const result = validate(SourceSchema, { ...source, id }, `${dataFiles[where.file]} (the new source)`, () => ({ line: 1, column: 1 }));
  return result.ok ? { ok: true, source: result.value } : { ok: false, problems: result.problems };
}

/** Adds a checked source to the record, where sources are kept (src/cms/record-lists.ts). */
export async function writeSource(root: string, source: Source): Promise<void> {
  const where = listLocations.sources;
  await appendToDataList(root, dataFiles[where.file], where.list, [{ ...source, titleSupplied: source.titleSupplied || undefined }]);
}
