/**
 * `npm start`: Eleventy's preview server, drafts included, for the record `--record FOLDER` names
 * (the project's own by default). Eleventy's command line refuses flags it does not know, so the
 * folder travels to the site plugin in the environment and the flag is taken off before Eleventy reads it.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { RECORD_ENV, recordRoot, withoutRecordOption } from "./record-option.ts";

process.env[RECORD_ENV] = recordRoot();
process.env.AR_DRAFTS = "1";
process.argv = withoutRecordOption(process.argv);
// By path: the package's exports do not list its command-line script.
createRequire(import.meta.url)(fileURLToPath(new URL("../../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url)));
