import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The site's one stylesheet: every `_includes/css/*.css` in name order, base.css first and print.css
 * last (its rules must win over every screen rule of the same weight), so each part of the design
 * keeps its own file while pages make a single request.
 */
export async function concatStylesheets(root: string): Promise<string> {
  const dir = path.join(root, "_includes", "css");
  const rank = (n: string) => (n === "base.css" ? 0 : n === "print.css" ? 2 : 1);
  const names = (await readdir(dir)).filter((n) => n.endsWith(".css")).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const parts = await Promise.all(names.map(async (n) => `/* ${n} */\n${await readFile(path.join(dir, n), "utf8")}`));
  return parts.join("\n");
}
