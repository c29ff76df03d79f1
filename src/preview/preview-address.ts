import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a running preview leaves its address, inside the ignored .cache/ of the record. */
const ADDRESS_FILE = ".cache/preview-address.json";

/**
 * Records the address the preview really listens on (it moves to the next port when 8080 is
 * taken), so `npm run new` prints a link that works. Removed again when the preview stops.
 * @example writePreviewAddress(root, "http://127.0.0.1:8081")
 */
export function writePreviewAddress(root: string, origin: string): () => void {
  const file = path.join(root, ADDRESS_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ origin, pid: process.pid })}\n`);
  return () => rmSync(file, { force: true });
}

/** The address of the preview running for this record, or undefined when none is (the process that wrote it has ended). */
export function readPreviewAddress(root: string): string | undefined {
  try {
    const { origin, pid } = JSON.parse(readFileSync(path.join(root, ADDRESS_FILE), "utf8")) as { origin?: unknown; pid?: unknown };
    if (typeof origin !== "string" || !/^http:\/\/[^\s/]+$/.test(origin) || typeof pid !== "number") return undefined;
    process.kill(pid, 0);
    return origin;
  } catch {
    return undefined;
  }
}
