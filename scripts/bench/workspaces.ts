import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

/** What a workspace never borrows from the project: the record (generated instead), outputs and history. */
const NOT_LINKED = /^(content|data|_site(\..*)?|\.git|\.cache|test-results)$/;

/**
 * A project root that builds with the project's own code and configuration (linked, so the bench
 * measures whatever the build is today) over a record of its own in `dir`/content and `dir`/data.
 * @example await linkProject(process.cwd(), "/tmp/bench/project-1000")
 */
export async function linkProject(projectRoot: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(projectRoot)) {
    if (NOT_LINKED.test(name)) continue;
    await symlink(path.join(projectRoot, name), path.join(dir, name));
  }
}

/** Eleventy with nothing added: its defaults, no plugins, one layout line. */
const BARE_CONFIG = `// Bare Eleventy: the baseline the project's build is compared with.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "layout.njk");
}
export const config = {
  dir: { input: "content", includes: "../_includes", output: "_site" },
  // The project renders Markdown without a template language; the baseline does no more than that.
  markdownTemplateEngine: false,
};
`;
const BARE_LAYOUT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n`;

/** The file the bare build is started with, relative to its workspace. */
export const bareConfigFile = "eleventy.config.mjs";

/**
 * A workspace for bare Eleventy over the same Markdown files as a project workspace.
 * @example await makeBare("/tmp/bench/project-1000/content", "/tmp/bench/bare-1000")
 */
export async function makeBare(contentDir: string, dir: string): Promise<void> {
  await mkdir(path.join(dir, "_includes"), { recursive: true });
  await cp(contentDir, path.join(dir, "content"), { recursive: true });
  await writeFile(path.join(dir, bareConfigFile), BARE_CONFIG);
  await writeFile(path.join(dir, "_includes", "layout.njk"), BARE_LAYOUT);
}

/** Hugo with nothing added, as a reference: one layout line, no taxonomies, feeds or sitemap. */
const HUGO_CONFIG = `# Hugo as a reference row for the benchmark: the same Markdown, nothing added.
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;
const HUGO_LAYOUT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>{{ .Title }}</title><main>{{ .Content }}</main></html>\n`;

/**
 * A workspace for Hugo over the same Markdown files as a project workspace.
 * @example await makeHugo("/tmp/bench/project-1000/content", "/tmp/bench/hugo-1000")
 */
export async function makeHugo(contentDir: string, dir: string): Promise<void> {
  await mkdir(path.join(dir, "layouts", "_default"), { recursive: true });
  await cp(contentDir, path.join(dir, "content"), { recursive: true });
  await writeFile(path.join(dir, "hugo.toml"), HUGO_CONFIG);
  await writeFile(path.join(dir, "layouts", "_default", "single.html"), HUGO_LAYOUT);
  await writeFile(path.join(dir, "layouts", "_default", "list.html"), HUGO_LAYOUT);
}
