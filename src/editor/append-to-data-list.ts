import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyEdits, modify, parse } from "jsonc-parser";

/**
 * Adds items at the end of a list in a data file, changing nothing else in the file (its layout,
 * its other items), so the change reads as a small diff in review.
 * @example await appendToDataList(root, "data/funding.json", "lines", [line])
 */
export async function appendToDataList(root: string, file: string, list: string, items: readonly unknown[]): Promise<void> {
  const target = path.join(root, file);
  let text = await readFile(target, "utf8");
  for (const item of items) {
    const edits = modify(text, [list, -1], item, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } });
    text = applyEdits(text, edits);
  }
  await writeFile(target, text.endsWith("\n") ? text : `${text}\n`);
}

/** The ids already in a list of a data file, to keep a new one different. */
export async function idsInDataList(root: string, file: string, list: string): Promise<Set<string>> {
  const data = parse(await readFile(path.join(root, file), "utf8")) as Record<string, unknown> | undefined;
  const items = Array.isArray(data?.[list]) ? (data[list] as unknown[]) : [];
  return new Set(items.map((i) => (i as { id?: unknown })?.id).filter((id): id is string => typeof id === "string"));
}

/** `base`, or `base-2`, `base-3`… the first that is not taken. */
export const uniqueId = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};
