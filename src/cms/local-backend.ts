import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import express from "express";
import { checkForEditor } from "./check-for-editor.ts";
import { addSums } from "./add-sums.ts";
import { adminRouter } from "./admin-router.ts";

const require = createRequire(import.meta.url);

/** The folders the editor may read and write; nothing else in the project (code, settings, CI) is reachable. */
export const EDITABLE_FOLDERS = ["content/", "data/"] as const;

/** Every path a request to decap-server names (entries, data files, media, deletions). */
function pathsIn(value: unknown, key = ""): string[] {
  if (typeof value === "string") return ["path", "folder", "mediaFolder", "paths", "files"].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => pathsIn(v, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => pathsIn(v, k));
  return [];
}

const inEditableFolder = (p: string) => {
  const normal = p.replace(/\\/g, "/").replace(/^\.\//, "");
  return !normal.split("/").includes("..") && EDITABLE_FOLDERS.some((f) => normal === f.slice(0, -1) || normal.startsWith(f));
};

export interface LocalBackend {
  /** e.g. http://127.0.0.1:8081 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * The editor's server: the admin page (/admin/) and the CMS's local backend, decap-server's
 * file-system middleware (files written straight into the working tree), listening on 127.0.0.1
 * only, plus the two things the admin page adds: the check after every save and the sums of money
 * an entry form adds to the funding data. Page and API share this origin, so no other page may call it.
 * Requests must come to 127.0.0.1 or localhost by name (a web page that rebinds its own domain to
 * this address gets nothing) and may only touch content/ and data/.
 */
export async function startLocalBackend(
  root: string,
  { port = 0, previewOrigin = () => "http://127.0.0.1:8080", log = (t: string) => process.stderr.write(`${t}\n`) }: { port?: number; previewOrigin?: () => string; log?: (text: string) => void } = {},
): Promise<LocalBackend> {
  const app = express();
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    const host = req.headers.host ?? "";
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return void res.status(403).json({ error: "This editor answers only on this computer (127.0.0.1)." });
    next();
  });
  app.use("/admin", adminRouter(root, previewOrigin));
  app.use(express.json({ limit: "50mb" }));
  app.use("/api/v1", (req, res, next) => {
    // No media: Decap asks for the (unused) media folder's files when it starts; there are none.
    if (req.body?.action === "getMedia") return void res.json([]);
    if (req.body?.action === "persistMedia") return void res.status(403).json({ error: "The editor takes no uploads: the record holds entries and data only." });
    const outside = pathsIn(req.body?.params).filter((p) => !inEditableFolder(p));
    if (outside.length > 0) return void res.status(403).json({ error: `The editor may only change files in ${EDITABLE_FOLDERS.join(" and ")}; refused ${outside.join(", ")}` });
    next();
  });
  app.get("/api/report/check", async (_req, res) => {
    res.json(await checkForEditor(root));
  });
  app.post("/api/report/sums", async (req, res) => {
    const result = await addSums(root, req.body);
    res.status(result.ok ? 200 : 400).json(result);
  });

  // decap-server reads its folder from the environment when it is registered.
  const decap = express();
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = root;
  const { registerLocalFs } = require("decap-server/dist/middlewares.js") as { registerLocalFs: (app: express.Express, options?: { logLevel?: string }) => Promise<void> };
  await registerLocalFs(decap, { logLevel: "warn" });
  if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
  else process.env.GIT_REPO_DIRECTORY = previous;
  app.use(decap);

  const server = await new Promise<import("node:http").Server>((resolve, reject) => {
    const s = app.listen(port, "127.0.0.1", () => resolve(s)).on("error", reject);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  log(`The editor: ${origin}/admin/ (also at /admin/ of the preview); it writes into ${root}, and answers on this computer only.`);
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
