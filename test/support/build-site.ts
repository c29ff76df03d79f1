import { execFile } from "node:child_process";
import { readdir, symlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { projectRoot } from "./fixture-record.ts";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("./build-site-cli.ts", import.meta.url));

/** What a record folder brings itself; everything else (templates, code, packages) comes from the project. */
const RECORD_FOLDERS = new Set(["content", "data"]);
const NEVER_LINKED = new Set([".git", "test", "_site", ".cache"]);

/**
 * Builds the record under `root` (the project itself by default) into `output` exactly as
 * `npm run build` does, in a child process; rejects with the build's own messages when it fails.
 * `searchPartSize` splits the search index into parts of that many pages, as `npm run build
 * --search-part-size=N` does.
 * @example await buildSite({ output: "/tmp/site", pathPrefix: "/some/prefix/" })
 */
export async function buildSite({ root = projectRoot, output, pathPrefix, searchPartSize }: { root?: string; output: string; pathPrefix?: string; searchPartSize?: number }): Promise<void> {
  if (path.resolve(root) !== path.resolve(projectRoot)) await linkProjectInto(root);
  try {
    await run(process.execPath, ["--import", "tsx", cli, output, ...(pathPrefix ? [pathPrefix] : []), ...(searchPartSize ? [`--search-part-size=${searchPartSize}`] : [])], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site in ${root} did not build:\n${stderr}${stdout}`);
  }
}

/**
 * Makes a folder holding only content/ and data/ buildable: links the project's templates, code,
 * configuration and packages beside them, so a fixture record builds with the real site.
 */
async function linkProjectInto(root: string): Promise<void> {
  const present = new Set(await readdir(root));
  for (const name of await readdir(projectRoot)) {
    if (RECORD_FOLDERS.has(name) || NEVER_LINKED.has(name) || name.startsWith("_site") || present.has(name)) continue;
    await symlink(path.join(projectRoot, name), path.join(root, name));
  }
}
