import { startLocalBackend, type LocalBackend } from "./local-backend.ts";

type Answer = { status: number; headers: Record<string, string>; body: string } | undefined;
type Route = (request: { url: URL }) => Promise<Answer>;

/**
 * The editor on the preview server (`npm start`): /admin/ of the preview leads to Decap CMS on the
 * local backend, which starts with the first visit, bound to 127.0.0.1. Nothing is written to the
 * site's output, so the editor is in no build, sitemap or search index, and no public page links to it.
 * @param root the record's folder (content/ and data/)
 * @param previewOrigin where the preview is (the address it listens on), for the editor's links back to it
 */
export function editorRoutes(
  root: string,
  { backendPort = Number(process.env.AR_EDITOR_PORT ?? 8081), previewOrigin }: { backendPort?: number; previewOrigin: () => string },
): Record<string, Route> {
  let backend: Promise<LocalBackend> | undefined;
  const start = () =>
    (backend ??= startLocalBackend(root, { port: backendPort, previewOrigin }).catch((error: NodeJS.ErrnoException) => {
      // Another preview already has the usual port: any free one will do.
      if (error.code === "EADDRINUSE") return startLocalBackend(root, { port: 0, previewOrigin });
      throw error;
    }));
  const route: Route = async () => {
    const { origin } = await start();
    return { status: 302, headers: { Location: `${origin}/admin/`, "Cache-Control": "no-store" }, body: "" };
  };
  return { "/admin": route, "/admin/*": route };
}
