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
  // The packages are inside the bundle: an install (which rewrites node_modules/.package-lock.json) makes it stale too.
  const installed = statSync(path.join(projectRoot, "node_modules", ".package-lock.json"), { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
  stale = statSync(bundle).mtimeMs < Math.max(newestSource(path.join(projectRoot, "src")), installed);
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
    // The packages are bundled too: resolving and loading about a hundred module files from
    // node_modules was a tenth of a check's start-up. Their ES module builds where they have one
    // (jsonc-parser's UMD build cannot be bundled), and a real require() for the CommonJS ones.
    mainFields: ["module", "main"],
    banner: { js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);' },
    logLevel: "warning",
  });
}
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
