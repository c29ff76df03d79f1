/**
 * `npm run build`: validates the record, builds the site into a temporary folder, and only then
 * replaces _site/, so a failed build never leaves a half-written or empty site.
 */
import { recordRoot } from "./record-option.ts";
import { build } from "./safe-build.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ok = await build({ root: process.cwd(), record: recordRoot(), output: "_site", pathPrefix: arg("pathprefix") });
if (!ok) process.exitCode = 1;
