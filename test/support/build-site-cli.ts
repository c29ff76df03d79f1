/**
 * Builds the record in the current folder into the folder given as the first argument, with an
 * optional path prefix as the second. Run by build-site.ts in a child process, because the site
 * plugin reads the record from the process's working folder.
 */
import { build } from "../../src/cli/safe-build.ts";

const [output, pathPrefix] = process.argv.slice(2);
if (!output) throw new Error("usage: build-site-cli.ts OUTPUT [PATH_PREFIX]");
const ok = await build({ root: process.cwd(), output, pathPrefix, quiet: true });
if (!ok) process.exitCode = 1;
