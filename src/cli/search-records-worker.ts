import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { SearchRecord } from "../views/search-records.ts";
import { children, pagefindServices, stopServices, untilWritten, writeParts, type PagefindIndex } from "./pagefind-services.ts";
import { partFolder } from "./search-index-parts.ts";

/**
 * The search records' side of the index, in a process of its own (started by build-search-index.ts
 * through search-records-worker.mjs, with `first parts services` as arguments: its parts are parts
 * first … first + parts - 1 of the whole index). Pagefind's Node API writes each record to its
 * service through a pipe, which moves only when the writing thread's event loop runs: on the
 * build's own thread, busy with Eleventy, 10,000 records reached Pagefind only once the pages were
 * written; in a worker thread they reached it at once but the build's process then held both
 * copies, over 1 GiB at 10,000 entries (docs/performance.md).
 *
 * Messages in (IPC): `{ file, siteDir }` once, `file` holding one `[part, record]` in JSON a line
 * (read, then removed; part 0 is this process's first). Out: `{ ready }`, then `{ written, pages }`
 * or `{ failed }`. It stops its services and exits once it has answered, or when the build lets it
 * go (disconnects).
 */
const [first, parts, services] = process.argv.slice(2).map(Number) as [number, number, number];
/** Resolves once the message is handed to the channel, so a disconnect after it cannot drop it. */
const send = (message: object) => new Promise<void>((resolve) => (process.send && process.connected ? process.send(message, undefined, undefined, () => resolve()) : resolve()));

const before = children();
const apis = await pagefindServices(services);
const indexes: PagefindIndex[] = [];
let pids: number[] = [];
const stop = async (code: number) => {
  await stopServices(apis, pids);
  // The build may have let go first (it ended while this one was starting).
  if (process.connected) process.disconnect();
  process.exitCode = code;
};
// The build stopped (finished, failed or was killed): nothing is left running behind it.
process.on("disconnect", () => void stopServices(apis, pids).then(() => process.exit()));

async function indexRecords(file: string, siteDir: string): Promise<number> {
  const lines = readFileSync(file, "utf8").split("\n");
  rmSync(file, { force: true });
  const added = lines.filter((line) => line !== "").map((line) => {
    const [part, record] = JSON.parse(line) as [number, SearchRecord];
    return indexes[part]!.addCustomRecord(record);
  });
  const errors = (await Promise.all(added)).flatMap((r) => r.errors);
  if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join("; ")}`);
  await writeParts(siteDir, indexes, apis.length, first);
  await untilWritten(indexes.map((_, n) => path.join(siteDir, partFolder(first + n))), pids);
  return added.length;
}

let started = true;
for (let n = 0; n < parts && started; n++) {
  const { index, errors } = await apis[n % apis.length]!.createIndex({});
  if (n < apis.length) pids = [...children()].filter((pid) => !before.has(pid));
  if (index) indexes.push(index);
  else {
    started = false;
    await send({ failed: `Pagefind could not start: ${errors.join("; ")}` });
    await stop(1);
  }
}
if (started) {
  process.once("message", (message: { file: string; siteDir: string }) => {
    indexRecords(message.file, message.siteDir)
      .then(
        (pages) => send({ written: true, pages }),
        (error: unknown) => send({ failed: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => void stop(0));
  });
  await send({ ready: true });
}
