import { createHash } from "node:crypto";
import { readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";

/** Every file of the site with a hash of its bytes, so "unchanged" means byte for byte. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const entries = await Promise.all(
    files.map(async (d) => {
      const file = path.join(d.parentPath, d.name);
      return [path.relative(dir, file), createHash("sha256").update(await readFile(file)).digest("hex")] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Anything a build left beside the published site: `_site.builds/` may hold only the folder `_site`
 * links to and the spare (the site it replaced, which the next build writes over) with its mark.
 */
export async function leftovers(root: string, name = "_site"): Promise<string[]> {
  const live = await realpath(path.join(root, name)).catch(() => "");
  const builds = await readdir(path.join(root, `${name}.builds`)).catch(() => [] as string[]);
  return [
    ...(await readdir(root)).filter((entry) => entry.startsWith(`${name}.`) && entry !== `${name}.builds`),
    ...builds.filter((entry) => path.join(root, `${name}.builds`, entry) !== live && !["spare", "spare.id"].includes(entry)).map((entry) => `${name}.builds/${entry}`),
  ];
}
