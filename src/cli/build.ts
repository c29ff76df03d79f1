/**
 * `npm run build`: validates the record, builds the site into a temporary folder, and only then
 * replaces _site/, so a failed build never leaves a half-written or empty site.
 */
import { build } from "./safe-build.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// --production: the build to publish, which refuses placeholder settings (example.org, TODO).
const ok = await build({ root: process.cwd(), output: "_site", pathPrefix: arg("pathprefix"), production: process.argv.includes("--production") });
if (!ok) process.exitCode = 1;
