import { cp, symlink } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./fixture-record.ts";

/**
 * Makes a fixture record buildable by Eleventy: links in the real configuration and schemas, and
 * the templates (or copies them, when a test must break one). The config is a link, so Node
 * resolves its imports (the site plugin, tsx) from the real project.
 */
export async function makeBuildable(root: string, { copyTemplates = false } = {}): Promise<void> {
  await symlink(path.join(projectRoot, ".eleventy.js"), path.join(root, ".eleventy.js"));
  await symlink(path.join(projectRoot, "schemas"), path.join(root, "schemas"));
  if (copyTemplates) await cp(path.join(projectRoot, "_includes"), path.join(root, "_includes"), { recursive: true });
  else await symlink(path.join(projectRoot, "_includes"), path.join(root, "_includes"));
}

/** Runs `fn` with the process in `dir`: the site plugin reads the record from the working directory, as npm scripts run it. */
export async function inDirectory<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(before);
  }
}
