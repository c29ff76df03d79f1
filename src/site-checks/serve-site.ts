import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { normalisePrefix } from "./check-links.ts";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  // Pagefind streams its WebAssembly, which browsers accept only with this type.
  ".wasm": "application/wasm",
};

export interface ServedSite {
  /** The site's address, prefix included, ending in a slash: `http://127.0.0.1:40123/some/prefix/`. */
  url: string;
  close: () => Promise<void>;
}

const isFile = (file: string) => stat(file).then((s) => s.isFile(), () => false);
const isDirectory = (file: string) => stat(file).then((s) => s.isDirectory(), () => false);

/**
 * Serves a built folder on 127.0.0.1 below `pathPrefix`, the way GitHub Pages does: `/x/` serves
 * x/index.html, `/x` redirects to `/x/` when x is a folder, and anything missing gets 404.html.
 */
export async function serveSite(dir: string, pathPrefix = "/"): Promise<ServedSite> {
  const root = path.resolve(dir);
  const prefix = normalisePrefix(pathPrefix);
  const server = createServer(async (request, response) => {
    const send = async (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
      const body = file ? await readFile(file) : Buffer.from(status === 404 ? "Not found" : "");
      const type = file ? (CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream") : "text/plain; charset=utf-8";
      response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
      const notFound = async () => send(404, (await isFile(path.join(root, "404.html"))) ? path.join(root, "404.html") : undefined);
      if (!pathname.startsWith(prefix)) return await notFound();
      const file = path.resolve(root, `.${path.posix.normalize(`/${pathname.slice(prefix.length)}`)}`);
      if (file !== root && !file.startsWith(`${root}${path.sep}`)) return await notFound();
      if (pathname.endsWith("/")) return (await isFile(path.join(file, "index.html"))) ? await send(200, path.join(file, "index.html")) : await notFound();
      if (await isFile(file)) return await send(200, file);
      if (await isDirectory(file)) return await send(301, undefined, { location: `${pathname}/` });
      if (await isFile(`${file}.html`)) return await send(200, `${file}.html`);
      return await notFound();
    } catch {
      response.writeHead(400).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
