import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every Markdown file under content/, as project-relative paths in a stable order. */
export async function listEntryFiles(root: string, contentDir = "content"): Promise<string[]> {
  const names = await readdir(path.join(root, contentDir), { recursive: true });
  return names
    .filter((name) => name.endsWith(".md") && !path.basename(name).startsWith("."))
    .map((name) => path.posix.join(contentDir, name.split(path.sep).join("/")))
    .sort();
}
