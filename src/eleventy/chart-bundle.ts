import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entryPoint = fileURLToPath(new URL("../client/charts.ts", import.meta.url));

/**
 * Bundles src/client/charts.ts with the parts of chart.js it registers, minified, as one classic
 * script for `<script defer>`. Returns the code; the site plugin serves it as /assets/charts.js.
 * @example const js = await buildChartBundle(); js.length // about 190 000
 */
export async function buildChartBundle(): Promise<string> {
  const result = await build({
    entryPoints: [entryPoint],
    // Resolve from the project, not the process's working directory, which tests point elsewhere.
    absWorkingDir: fileURLToPath(new URL("../..", import.meta.url)),
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2022"],
    // chart.js's MIT notice travels with the code, at the end of the file.
    legalComments: "eof",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("esbuild produced no chart bundle");
  return file.text;
}
