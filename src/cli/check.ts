/**
 * `npm run check`: validates every file under content/ and data/ without building the site.
 * Prints the same messages as the build and exits 1 when there is any problem.
 * `npm run check -- --watch` checks again on every save.
 */
import { checkCacheFile, checkOnce, checkOnSave } from "./check-command.ts";
import { recordRoot } from "./record-option.ts";

const root = recordRoot();
const io = {
  root,
  cacheFile: checkCacheFile(root, process.argv),
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  annotate: process.env.GITHUB_ACTIONS === "true",
};
if (process.argv.includes("--watch")) await checkOnSave(io);
else process.exitCode = await checkOnce(io);
