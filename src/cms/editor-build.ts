import { appendFile, cp, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "yaml";
import { recordLastModelled } from "../eleventy/load-model.ts";
import { pageWriterOf } from "../cli/page-writer.ts";
import { loadRecord } from "../loaders/load-record.ts";
import { buildAdminBundle } from "./admin-bundle.ts";
import { adminCsp } from "./admin-csp.ts";
import { adminPage } from "./admin-page.ts";
import { cmsConfig } from "./cms-config.ts";

const require = createRequire(import.meta.url);

/** What the editor needs from GitHub: its API, and the avatars Decap shows. Nothing else. */
const GITHUB = { connect: ["https://api.github.com"], img: ["https://avatars.githubusercontent.com"] };

/**
 * Adds Decap CMS at /admin/ of a production build, only when data/site.json has `editor`: the
 * page, its configuration (GitHub backend, editorial workflow), the admin script and Decap's files,
 * and the page's own Content-Security-Policy in _headers. Outside the site's pages: no sitemap
 * entry, no search index (it has no data-pagefind-body), no link from any public page.
 * @param eleventyConfig Eleventy's configuration API
 */
export function addEditorToBuild(eleventyConfig: any, root: string): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode }: { directories: { output: string }; runMode: string; outputMode: string }) => {
    // The production build writes its pages itself (src/cli/page-writer.ts): its Eleventy runs for JSON.
    const writer = pageWriterOf(eleventyConfig);
    if (runMode !== "build" || (outputMode !== "fs" && !writer)) return;
    // _headers is appended to below, so it must be on disk first.
    await writer?.finished();
    const dir = { output: directories.output };
    // The record the pages were just built from; read again only if Eleventy did not model it here.
    const modelled = recordLastModelled(root);
    const result = modelled ? { ok: true as const, record: modelled } : await loadRecord(root);
    const editor = result.ok ? result.record.site.editor : undefined;
    if (!result.ok || !editor) return;
    const out = path.join(dir.output, "admin");
    await mkdir(out, { recursive: true });
    const csp = adminCsp(GITHUB.connect, GITHUB.img);
    const prefix = (eleventyConfig.pathPrefix ?? "/").replace(/\/?$/, "/");
    await writeFile(path.join(out, "index.html"), adminPage({ csp, siteTitle: result.record.site.shortTitle, previewOrigin: prefix.replace(/\/$/, ""), settings: { local: false, entryUrl: `${prefix}timeline/{id}/` } }));
    const config = cmsConfig({
      backend: { kind: "github", repo: editor.repo, branch: editor.branch, baseUrl: editor.baseUrl, authEndpoint: editor.authEndpoint },
      entries: result.record.entries.map((e) => ({ id: e.id, title: e.title })),
      vocabularies: result.record.vocabularies,
    });
    await writeFile(path.join(out, "config.yml"), stringify(config, { lineWidth: 0 }));
    await writeFile(path.join(out, "admin.js"), await buildAdminBundle());
    await cp(new URL("./admin.css", import.meta.url).pathname, path.join(out, "admin.css"));
    const dist = path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));
    await cp(dist, out, { recursive: true, filter: (file) => file === dist || /(^|[\\/])(\d+\.)?decap-cms\.js$/.test(file) });
    await appendFile(path.join(dir.output, "_headers"), `\n${prefix}admin/*\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'\n  X-Robots-Tag: noindex, nofollow\n  X-Content-Type-Options: nosniff\n`);
  });
}
