import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entryPoint = fileURLToPath(new URL("./client/admin.ts", import.meta.url));

/** Bundles the admin page's own script (src/cms/client/admin.ts) as one classic script, minified. */
export async function buildAdminBundle(): Promise<string> {
  const result = await build({
    entryPoints: [entryPoint],
    absWorkingDir: fileURLToPath(new URL("../..", import.meta.url)),
    bundle: true, write: false, minify: true, format: "iife", platform: "browser", target: ["es2022"],
    legalComments: "eof", logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild produced no admin bundle");
  return file.text;
}
