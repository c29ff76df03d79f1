import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The site's one stylesheet: every `_includes/css/*.css` in name order (base.css first), so each
 * part of the design keeps its own file while pages make a single request.
 */
export async function concatStylesheets(root: string): Promise<string> {
  const dir = path.join(root, "_includes", "css");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".css")).sort((a, b) => (a === "base.css" ? -1 : b === "base.css" ? 1 : a.localeCompare(b)));
  const parts = await Promise.all(names.map(async (n) => `/* ${n} */\n${await readFile(path.join(dir, n), "utf8")}`));
  return parts.join("\n");
}
