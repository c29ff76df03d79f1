/**
 * `npm run build`: validates the record, builds the site into a temporary folder, and only then
 * replaces _site/, so a failed build never leaves a half-written or empty site.
 */
import { describeBuildFailure } from "../problems/describe-build-failure.ts";
import { recordRoot } from "./record-option.ts";
import { build } from "./safe-build.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
let ok = false;
try {
  ok = await build({ root: process.cwd(), record: recordRoot(), output: "_site", pathPrefix: arg("pathprefix") });
} catch (error) {
  // A failure the content check could not foresee (two pages at one address…): plain words, no stack.
  process.stderr.write(`${describeBuildFailure(error)}
The site was not built; _site/ is unchanged.
`);
}
if (!ok) process.exitCode = 1;
