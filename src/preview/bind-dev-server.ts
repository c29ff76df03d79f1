import { createRequire } from "node:module";

type DevServer = {
  server: { listen(options: { port: number; host: string }): void; once(event: string, fn: () => void): void; address(): unknown };
  getServerUrl(host: string): string;
};

/**
 * Makes Eleventy's dev server listen on `host` only (it listens on every interface and has no
 * option for it, so drafts were served to the whole network), print that address, and report it
 * once listening. Patched on the class, which Eleventy creates itself; only the preview calls this.
 */
export function bindDevServer(host: string, onListening: (origin: string) => void): void {
  const require = createRequire(import.meta.url);
  const EleventyDevServer = require("@11ty/eleventy-dev-server") as { prototype: Record<string, unknown> };
  const shown = host === "0.0.0.0" || host === "::" ? undefined : host.includes(":") ? `[${host}]` : host;
  EleventyDevServer.prototype._serverListen = function (this: DevServer, port: number) {
    this.server.once("listening", () => onListening(this.getServerUrl(shown ?? "localhost").replace(/\/$/, "")));
    this.server.listen({ port, host });
  };
  if (shown) {
    EleventyDevServer.prototype.getHosts = function (this: DevServer) {
      return [this.getServerUrl(shown)];
    };
  }
}
