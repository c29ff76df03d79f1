import { copyFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const at = (pathname: string) => ({ url: new URL(pathname, "http://localhost:8080") });

describe("PreviewSession", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it("lets every address through while the content is valid", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const session = new PreviewSession(fixture.root, () => undefined);
    expect((await session.loadModel()).entries.map((e) => e.id)).toEqual(["cabinet-decides"]);
    expect(session.answer(at("/"))).toBeUndefined();
  });

  it("answers every page address with the problems, keeps the last good model, and recovers when fixed", async () => {
    const fixture = await minimalRecordWith();
    cleanup = fixture.cleanup;
    const log: string[] = [];
    const session = new PreviewSession(fixture.root, (text) => log.push(text));
    const good = await session.loadModel();

    await copyFile(path.join(fixturesDir, "bad/unknown-kind.md"), path.join(fixture.root, ENTRY));
    expect(await session.loadModel()).toBe(good);
    expect(log.at(-1)).toContain(`${ENTRY}:5:7  kind: "cabinet-decison" is not one of the allowed values`);
    for (const address of ["/", "/timeline/cabinet-decides/", "/404.html", "/no-such-page"]) {
      const answer = session.answer(at(address));
      expect([address, answer?.status]).toEqual([address, 500]);
      expect(answer?.body).toContain("<strong>kind</strong>: &quot;cabinet-decison&quot; is not one of the allowed values");
    }
    // The problems page still needs the stylesheet and the live-reload script.
    expect(session.answer(at("/assets/site.css"))).toBeUndefined();
    expect(session.answer(at("/.11ty/reload-client.js"))).toBeUndefined();

    await copyFile(path.join(fixturesDir, "minimal", ENTRY), path.join(fixture.root, ENTRY));
    expect((await session.loadModel()).entries).toHaveLength(1);
    expect(session.answer(at("/timeline/cabinet-decides/"))).toBeUndefined();
    expect(log.at(-1)).toBe("The content is valid again; the preview shows the site.");
  });

  it("gives an empty model when the content has never been valid, so the preview still starts", async () => {
    const fixture = await minimalRecordWith({ "data/site.json": "bad/invalid-json.json" });
    cleanup = fixture.cleanup;
    const session = new PreviewSession(fixture.root, () => undefined);
    expect((await session.loadModel()).entries).toEqual([]);
    expect(session.problems.map((p) => p.file)).toEqual(["data/site.json"]);
  });
});
