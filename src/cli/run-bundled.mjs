#!/usr/bin/env node
// Runs a TypeScript command from src/cli/ as one plain JavaScript bundle, rebuilt only when a file
// under src/ has changed since. `npm run check` runs on every save: loading it through tsx cost
// about 0.6 s of each run, more than checking a 1,000-entry record (docs/performance.md).
// Plain JavaScript on purpose: this file is what lets the rest start without tsx.
import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error("usage: node src/cli/run-bundled.mjs COMMAND [ARGS]  (COMMAND is a file in src/cli/, without .ts)");
  process.exit(2);
}

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, d) => {
    const file = path.join(dir, d.name);
    return Math.max(newest, d.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }, 0);

// The bundle lives inside node_modules so its package imports resolve to the project's own.
const cacheDir = path.join(projectRoot, "node_modules", ".cache", "accountability-report");
const bundle = path.join(cacheDir, `${name}.mjs`);
let stale = true;
try {
  stale = statSync(bundle).mtimeMs < newestSource(path.join(projectRoot, "src"));
} catch {
  // No bundle yet.
}
if (stale) {
  mkdirSync(cacheDir, { recursive: true });
  const { build } = await import("esbuild");
  await build({
    entryPoints: [path.join(projectRoot, "src", "cli", `${name}.ts`)],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
