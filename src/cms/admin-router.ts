import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import express from "express";
import { stringify } from "yaml";
import { loadRecord } from "../loaders/load-record.ts";
import { entryUrl } from "../loaders/load-entry.ts";
import { buildAdminBundle } from "./admin-bundle.ts";
import { adminCsp } from "./admin-csp.ts";
import { adminPage } from "./admin-page.ts";
import { cmsConfig } from "./cms-config.ts";
import { recordVocabularies } from "./record-vocabularies.ts";
import { formatProblems } from "../problems/format-problems.ts";

const require = createRequire(import.meta.url);
const decapDist = () => path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));

/** What the form lists entries by: the record's entries when it is valid, else none (the check says why). */
async function entryChoices(root: string) {
  const result = await loadRecord(root, { includeDrafts: true });
  return result.ok ? result.record.entries.map((e) => ({ id: e.id, title: e.title })) : [];
}

/**
 * The editor's page and files, /admin/: Decap CMS, its configuration generated from the record on
 * every load, and the admin page's own script. Served by the local backend, on its own origin:
 * the preview's live reload (which reloads every page it serves after each rebuild) never reaches
 * the editor, and the editor's API answers its own page only.
 * @param previewOrigin where the preview is, for the links back to it
 */
export function adminRouter(root: string, previewOrigin: () => string): express.Router {
  const router = express.Router();
  let bundle: Promise<string> | undefined;
  const files = new Map<string, Promise<string>>();
  const cached = (file: string) => {
    if (!files.has(file)) files.set(file, readFile(file, "utf8"));
    return files.get(file)!;
  };
  const send = (res: express.Response, type: string, body: string) => {
    res.set({ "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" }).send(body);
  };

  router.get("/", async (_req, res) => {
    const csp = adminCsp([]);
    const site = await loadRecord(root, { includeDrafts: true });
    const siteTitle = site.ok ? site.record.site.shortTitle : "the report";
    res.set({ "Content-Security-Policy": `${csp}; frame-ancestors 'none'`, "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" });
    send(res, "text/html; charset=utf-8", adminPage({ csp, siteTitle, previewOrigin: previewOrigin(), settings: { local: true, entryUrl: `${previewOrigin()}${entryUrl("{id}")}` } }));
  });
  router.get("/config.yml", async (_req, res) => {
    // The form's choices are the record's vocabularies: until they load, there is no form to offer.
    const vocabularies = await recordVocabularies(root);
    if (!vocabularies.ok) return void res.status(500).set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).send(`Fix these first, then reload: the form offers the record's own vocabularies.\n${formatProblems(vocabularies.problems)}`);
    const config = cmsConfig({ backend: { kind: "local", url: "/api/v1" }, entries: await entryChoices(root), vocabularies: vocabularies.vocabularies });
    send(res, "text/yaml; charset=utf-8", stringify(config, { lineWidth: 0 }));
  });
  router.get("/admin.js", async (_req, res) => send(res, "text/javascript; charset=utf-8", await (bundle ??= buildAdminBundle())));
  router.get("/admin.css", async (_req, res) => send(res, "text/css; charset=utf-8", await cached(new URL("./admin.css", import.meta.url).pathname)));
  // Decap's bundle and the chunks it loads later, from node_modules: nothing is fetched from the network.
  router.get(/^\/((\d+\.)?decap-cms\.js)$/, async (req, res) => send(res, "text/javascript; charset=utf-8", await cached(path.join(decapDist(), (req.params as Record<string, string>)[0]!))));
  return router;
}
