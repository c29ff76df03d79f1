/**
 * Builds the record in the current folder into the folder given as the first argument, with an
 * optional path prefix as the second, and --search-part-size=N as `npm run build` takes it. Run
 * by build-site.ts in a child process, because the site
 * plugin reads the record from the process's working folder.
 */
import { build } from "../../src/cli/safe-build.ts";

const partSize = process.argv.find((a) => a.startsWith("--search-part-size="))?.split("=")[1];
const [output, pathPrefix] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!output) throw new Error("usage: build-site-cli.ts OUTPUT [PATH_PREFIX] [--search-part-size=N]");
const ok = await build({ root: process.cwd(), output, pathPrefix, quiet: true, ...(partSize ? { searchPartSize: Number(partSize) } : {}) });
if (!ok) process.exitCode = 1;
