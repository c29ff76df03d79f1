/**
 * `npm run build`: validates the record, builds the site and its search index into a folder of its
 * own, and only then makes _site/ that folder, in one step, so a failed or interrupted build never
 * leaves a half-written or missing site.
 */
import { describeBuildFailure } from "../problems/describe-build-failure.ts";
import { recordRoot } from "./record-option.ts";
import { build } from "./safe-build.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// --search-part-size=N: searchable pages per part of the search index (less memory, more parts).
const partSize = arg("search-part-size");
let ok = false;
if (partSize !== undefined && !/^[1-9]\d*$/.test(partSize)) {
  process.stderr.write(`--search-part-size must be a whole number of pages, at least 1, not "${partSize}".\nThe site was not built; _site/ is unchanged.\n`);
  process.exit(1);
}
// The site plugin's modules load while the record is checked (tsx compiles them on a thread of its
// own), so Eleventy finds them loaded: half a second of the build's thread otherwise spent waiting.
import("../eleventy/site-plugin.ts").catch(() => undefined);
try {
  // --list-files: Eleventy's line for every file it writes (quiet by default: a count at the end).
  // --production: the build to publish, which refuses placeholder settings (example.org, TODO).
  ok = await build({
    root: process.cwd(), record: recordRoot(), output: "_site", pathPrefix: arg("pathprefix"),
    listFiles: process.argv.includes("--list-files"), production: process.argv.includes("--production"),
    ...(partSize ? { searchPartSize: Number(partSize) } : {}),
  });
} catch (error) {
  // A failure the content check could not foresee (two pages at one address…): plain words, no stack.
  process.stderr.write(`${describeBuildFailure(error)}\nThe site was not built; _site/ is unchanged.\n`);
}
if (!ok) process.exitCode = 1;
