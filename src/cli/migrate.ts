/**
 * `npm run migrate`: rewrites a record in the older format (content/ and data/) in place, so it
 * reads as it did, and reports each change. `--record <folder>` migrates another folder's record.
 */
import path from "node:path";
import { migrateRecord } from "../migrate/migrate-record.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--record");
const unknown = args.filter((a, i) => a !== "--record" && i !== at + 1);
if (unknown.length > 0 || (at >= 0 && args[at + 1] === undefined)) {
  console.error(`Usage: npm run migrate [-- --record <folder>]\n  Rewrites the record's content/ and data/ in place (the current folder unless --record names another).`);
  process.exit(2);
}
const root = path.resolve(at >= 0 ? args[at + 1]! : process.cwd());
const changes = await migrateRecord(root);
for (const c of changes) console.log(`${c.file}: ${c.what}`);
console.log(changes.length === 0 ? "Nothing to change: the record is already in the current format." : `${changes.length} ${changes.length === 1 ? "change" : "changes"}. Check them, then run npm run check.`);
