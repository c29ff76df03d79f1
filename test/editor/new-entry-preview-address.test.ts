import { PassThrough, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { newEntryCommand } from "../../src/editor/new-entry-command.ts";
import { writePreviewAddress } from "../../src/preview/preview-address.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const FLAGS = ["--kind", "cabinet-decision", "--title", "Cabinet agrees the budget", "--date", "2014-11-20", "--phase", "response", "--sources", "council-statement"];

async function previewLine(root: string): Promise<string> {
  let text = "";
  const output = new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) });
  await newEntryCommand(FLAGS, { root, input: new PassThrough(), output, interactive: false, today: "2026-11-27" });
  return text.split("\n").find((line) => line.includes("in the preview (npm start)")) ?? text;
}

// Issue 9: the link was always http://localhost:8080/…, even with the preview on another port.
describe("npm run new's preview link", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it("uses the address the running preview recorded", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const forget = writePreviewAddress(fixture.root, "http://127.0.0.1:8081");
    expect(await previewLine(fixture.root)).toBe("  in the preview (npm start): http://127.0.0.1:8081/timeline/cabinet-agrees-budget/");
    forget();
  });

  it("says where to find the address when no preview is running, instead of guessing a port", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    expect(await previewLine(fixture.root)).toBe("  in the preview (npm start): /timeline/cabinet-agrees-budget/ at the address npm start prints (it is not running now)");
  });
});
