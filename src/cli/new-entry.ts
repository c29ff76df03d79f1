/**
 * `npm run new`: scaffolds a new entry. Asks for what the flags leave out when run in a terminal.
 * `npm run new -- --help` lists the flags.
 */
import { newEntryCommand } from "../editor/new-entry-command.ts";
import { recordRoot, withoutRecordOption } from "./record-option.ts";

process.exitCode = await newEntryCommand(withoutRecordOption(process.argv.slice(2)), {
  root: recordRoot(),
  input: process.stdin,
  output: process.stdout,
  interactive: process.stdin.isTTY === true,
  // The editor's own calendar day, not UTC's: "today" near midnight must be the day they see.
  today: new Intl.DateTimeFormat("en-CA").format(new Date()),
});
