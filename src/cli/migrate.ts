/**
 * `npm run migrate`: rewrites a record in the older format (content/ and data/) in place, so it
 * reads as it did, and reports each change. `--record <folder>` migrates another folder's record.
 */
import { migrateRecord } from "../migrate/migrate-record.ts";
import { recordRoot, withoutRecordOption } from "./record-option.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--record");
if (withoutRecordOption(args).length > 0 || (at >= 0 && args[at + 1] === undefined)) {
  console.error(`Usage: npm run migrate [-- --record <folder>]\n  Rewrites the record's content/ and data/ in place (the current folder unless --record names another).`);
  process.exit(2);
}
const changes = await migrateRecord(recordRoot());
for (const c of changes) console.log(`${c.file}: ${c.what}`);
console.log(changes.length === 0 ? "Nothing to change: the record is already in the current format." : `${changes.length} ${changes.length === 1 ? "change" : "changes"}. Check them, then run npm run check.`);
