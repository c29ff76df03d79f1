import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "yaml";
import { loadRecord } from "../loaders/load-record.ts";
import { entryUrl } from "../loaders/load-entry.ts";
import { buildAdminBundle } from "./admin-bundle.ts";
import { adminCsp } from "./admin-csp.ts";
import { adminPage } from "./admin-page.ts";
import { cmsConfig } from "./cms-config.ts";
import { startLocalBackend, type LocalBackend } from "./local-backend.ts";

const require = createRequire(import.meta.url);
const decapDist = () => path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));

type Answer = { status: number; headers: Record<string, string>; body: string } | undefined;
type Route = (request: { url: URL }) => Promise<Answer>;

const noStore = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
const ok = (type: string, body: string, extra: Record<string, string> = {}): Answer => ({ status: 200, headers: { "Content-Type": type, ...noStore, ...extra }, body });

/** What the form lists entries by: the record's entries when it is valid, else none (the problems say why). */
async function entryChoices(root: string) {
  const result = await loadRecord(root, { includeDrafts: true });
  return result.ok ? result.record.entries.map((e) => ({ id: e.id, title: e.title })) : [];
}

/**
 * The editor on the preview server (`npm start`): /admin/ is Decap CMS on the local backend, its
 * configuration generated from the record on every load. Answered from memory, never written to
 * the site's output, so it is in no build, sitemap or search index, and no public page links to it.
 * The local backend starts with the first visit, bound to 127.0.0.1.
 * @param root the record's folder (content/ and data/)
 */
export function editorRoutes(root: string, { backendPort = Number(process.env.AR_EDITOR_PORT ?? 8081) } = {}): Record<string, Route> {
  let backend: Promise<LocalBackend> | undefined;
  let bundle: Promise<string> | undefined;
  const files = new Map<string, Promise<string>>();
  const start = () =>
    (backend ??= startLocalBackend(root, { port: backendPort }).catch((error: NodeJS.ErrnoException) => {
      // Another preview already has the usual port: any free one will do, the page is told which.
      if (error.code === "EADDRINUSE") return startLocalBackend(root, { port: 0 });
      throw error;
    }));
  const cached = (file: string) => {
    if (!files.has(file)) files.set(file, readFile(file, "utf8"));
    return files.get(file)!;
  };

  const route: Route = async ({ url }) => {
    const name = url.pathname.replace(/^\/admin\/?/, "");
    if (url.pathname === "/admin") return { status: 301, headers: { Location: "/admin/" }, body: "" };
    if (name === "" || name === "index.html") {
      const { origin } = await start();
      const csp = adminCsp([origin]);
      const site = await loadRecord(root, { includeDrafts: true });
      const siteTitle = site.ok ? site.record.site.shortTitle : "the report";
      return ok("text/html; charset=utf-8", adminPage({ csp, siteTitle, settings: { localBackend: origin, entryUrl: entryUrl("{id}") } }), {
        "Content-Security-Policy": `${csp}; frame-ancestors 'none'`,
        "X-Robots-Tag": "noindex, nofollow",
      });
    }
    if (name === "config.yml") {
      const { origin } = await start();
      return ok("text/yaml; charset=utf-8", stringify(cmsConfig({ backend: { kind: "local", url: `${origin}/api/v1` }, entries: await entryChoices(root) }), { lineWidth: 0 }));
    }
    if (name === "admin.js") return ok("text/javascript; charset=utf-8", await (bundle ??= buildAdminBundle()));
    if (name === "admin.css") return ok("text/css; charset=utf-8", await cached(new URL("./admin.css", import.meta.url).pathname));
    // Decap's bundle and the chunks it loads later, from node_modules: nothing fetched from the network.
    if (/^(\d+\.)?decap-cms\.js$/.test(name)) return ok("text/javascript; charset=utf-8", await cached(path.join(decapDist(), name)));
    return { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore }, body: "Not found" };
  };
  return { "/admin": route, "/admin/*": route };
}
