import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyEdits, modify, parse } from "jsonc-parser";

/**
 * Adds items at the end of a list in a data file, changing nothing else in the file (its layout,
 * its other items), so the change reads as a small diff in review.
 * @param list the list's key, or its path (`["sums", 3, "stages"]`)
 * @example await appendToDataList(root, "data/funding.json", "sums", [sum])
 */
export async function appendToDataList(root: string, file: string, list: string | readonly (string | number)[], items: readonly unknown[]): Promise<void> {
  const at = typeof list === "string" ? [list] : list;
  const target = path.join(root, file);
  let text = await readFile(target, "utf8");
  for (const item of items) {
    const edits = modify(text, [...at, -1], item, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } });
    text = applyEdits(text, edits);
  }
  await writeFile(target, text.endsWith("\n") ? text : `${text}\n`);
}

/** The items of a list in a data file as far as they can be read (none when the file is missing): `npm run check` reports the rest. */
export async function itemsInDataList(root: string, file: string, list: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path.join(root, file), "utf8").catch(() => "{}");
  const data = parse(text) as Record<string, unknown> | undefined;
  const items = Array.isArray(data?.[list]) ? (data[list] as unknown[]) : [];
  return items.filter((i): i is Record<string, unknown> => i !== null && typeof i === "object");
}

/** The ids already in a list of a data file, to keep a new one different. */
export async function idsInDataList(root: string, file: string, list: string): Promise<Set<string>> {
  return new Set((await itemsInDataList(root, file, list)).map((i) => i.id).filter((id): id is string => typeof id === "string"));
}

/** `base`, or `base-2`, `base-3`… the first that is not taken. */
export const uniqueId = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};
