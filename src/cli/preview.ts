/**
 * `npm start`: builds the record with its drafts into .cache/preview/ (never _site/, the folder
 * that is deployed), serves it with live reload, and rebuilds on every save or deletion.
 *
 *   npm start [-- --port=8080] [-- --host=127.0.0.1] [-- --record FOLDER]
 *
 * It listens on 127.0.0.1, so only this computer sees the drafts; `--host=0.0.0.0` opens it to
 * the network (to try the site on a phone), for everyone on that network to see. `--record FOLDER`
 * previews the record in another folder (README "Publish your own record").
 */
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../eleventy/input-folder.ts";
import { markPreview, type PreviewOption } from "../eleventy/preview-option.ts";
import { editorRoutes } from "../cms/editor-routes.ts";
import { RECORD_ENV, recordRoot } from "./record-option.ts";
import { bindDevServer } from "../preview/bind-dev-server.ts";
import { writePreviewAddress } from "../preview/preview-address.ts";
import { describeBuildFailure } from "../problems/describe-build-failure.ts";

/** The preview's output: ignored by git and never deployed. */
export const PREVIEW_OUTPUT = ".cache/preview";

const USAGE = `Usage: npm start [-- --port=8080] [-- --host=127.0.0.1] [-- --record FOLDER]

Serves the record with its drafts at http://127.0.0.1:8080/ (the next free port if that one is
taken), rebuilding on every save. --host=0.0.0.0 shows the preview, drafts included, to every
device on your network. --record FOLDER previews the record (content/ and data/) in FOLDER.`;

let options;
try {
  options = parseArgs({ options: { port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, record: { type: "string" }, help: { type: "boolean" } } }).values;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a port number from 0 to 65535 (got ${JSON.stringify(options.port)})\n`);
  process.exit(2);
}

const root = process.cwd();
// The site plugin reads the record's folder from the environment (src/cli/record-option.ts).
process.env[RECORD_ENV] = recordRoot();
let forget = () => {};
let previewOrigin = `http://127.0.0.1:${port}`;
bindDevServer(options.host, (origin) => {
  previewOrigin = origin;
  forget = writePreviewAddress(root, origin);
});
// The editor (Decap CMS) at /admin/: its own server on 127.0.0.1, started by the first visit.
const option: PreviewOption = { output: path.join(root, PREVIEW_OUTPUT), routes: editorRoutes(root, { previewOrigin: () => previewOrigin }) };
const eleventy = new Eleventy(eleventyInputFolder(root), option.output, {
  configPath: path.join(root, ".eleventy.js"),
  runMode: "serve",
  config: (eleventyConfig: object) => markPreview(eleventyConfig, option),
});
// Eleventy prints a failed rebuild with its stack; say it plainly instead, in the terminal and at
// every address until a rebuild succeeds (the content check did not foresee it).
eleventy.errorHandler.error = (error: unknown) => {
  option.failure = describeBuildFailure(error);
  process.stderr.write(`${option.failure}\n`);
};
process.on("unhandledRejection", (error) => void process.stderr.write(`${describeBuildFailure(error)}\n`));

const stop = async () => {
  forget();
  await eleventy.stopWatch();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

await eleventy.init();
const rebuild = await eleventy.watch();
// Eleventy only notes a deletion; the preview rebuilds and reports it like any save, so a deleted
// entry's page goes and a deleted data file is reported missing.
eleventy.watcher?.on("unlink", (file) => void rebuild(file));
await eleventy.serve(port);
