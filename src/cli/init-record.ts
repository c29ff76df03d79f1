/**
 * `npm run init-record`: writes a minimal valid record skeleton in place of content/ and data/,
 * refusing to replace one without --force. `npm run init-record -- --help` explains.
 */
import { initRecordCommand } from "../editor/init-record-command.ts";
import { recordRoot, withoutRecordOption } from "./record-option.ts";

process.exitCode = await initRecordCommand(withoutRecordOption(process.argv.slice(2)), {
  root: recordRoot(),
  say: (text) => process.stdout.write(`${text}\n`),
});
