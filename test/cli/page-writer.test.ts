import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addPageWriter, pageWriter, pageWriterOf, writePagesWith } from "../../src/cli/page-writer.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ar-page-writer-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Transform = (this: { page: { outputPath: unknown } }, content: unknown) => unknown;
const configuration = () => {
  const transforms: Record<string, Transform> = {};
  return { transforms, addTransform: (name: string, transform: Transform) => void (transforms[name] = transform) };
};

describe("pageWriter", () => {
  it("writes every page handed over, in folders it makes, as UTF-8, and lists them", async () => {
    const listed: string[] = [];
    const writer = pageWriter({ limit: 2, listed: (file) => listed.push(file) });
    const pages = Array.from({ length: 30 }, (_, n) => [path.join(dir, "timeline", `entry-${n}`, "index.html"), `<p>“Inadequate” – £1.64m, page ${n}</p>`] as const);
    for (const [file, html] of pages) await writer.write(file, html);
    await writer.write(path.join(dir, "assets", "x.bin"), Uint8Array.of(0, 255, 7));
    await writer.finished();
    for (const [file, html] of pages) expect(await readFile(file, "utf8")).toBe(html);
    expect([...(await readFile(path.join(dir, "assets", "x.bin")))]).toEqual([0, 255, 7]);
    expect(writer.written.size).toBe(31);
    expect(writer.written.has(pages[7]![0])).toBe(true);
    expect(listed).toEqual([...pages.map(([file]) => file), path.join(dir, "assets", "x.bin")]);
  });

  it("has at most its limit of files being written at once", async () => {
    const writer = pageWriter({ limit: 3 });
    let handedOver = 0;
    const all = Promise.all(Array.from({ length: 12 }, (_, n) => writer.write(path.join(dir, `p${n}.html`), "x").then(() => handedOver++)));
    // The first three are taken at once; the rest wait for a free place.
    await Promise.resolve();
    expect(handedOver).toBeLessThanOrEqual(3);
    await all;
    await writer.finished();
    expect(handedOver).toBe(12);
  });

  it("says which write failed once every other file is written", async () => {
    const writer = pageWriter();
    await writeFile(path.join(dir, "taken"), "a file where a folder should be");
    await writer.write(path.join(dir, "taken", "index.html"), "<p>x</p>");
    await writer.write(path.join(dir, "ok", "index.html"), "<p>y</p>");
    await expect(writer.finished()).rejects.toMatchObject({ message: expect.stringMatching(/taken/) });
    expect(await readFile(path.join(dir, "ok", "index.html"), "utf8")).toBe("<p>y</p>");
  });
});

describe("the page writer in Eleventy's configuration", () => {
  it("is only added to a configuration the production build marked: the preview and the tests let Eleventy write", () => {
    const unmarked = configuration();
    addPageWriter(unmarked);
    expect(Object.keys(unmarked.transforms)).toEqual([]);
    expect(pageWriterOf(unmarked)).toBeUndefined();
  });

  it("hands each file to the writer and gives Eleventy back no bytes; a page with no file is left as it is", async () => {
    const marked = configuration();
    const writer = pageWriter();
    writePagesWith(marked, writer);
    addPageWriter(marked);
    expect(pageWriterOf(marked)).toBe(writer);
    const transform = marked.transforms["write-page"]!;
    const file = path.join(dir, "about", "index.html");
    const given = await transform.call({ page: { outputPath: file } }, "<p>é</p>");
    // Not an empty string, which Eleventy warns of for every page.
    expect(Buffer.isBuffer(given) && given.length === 0).toBe(true);
    expect(await transform.call({ page: { outputPath: false } }, "<p>kept</p>")).toBe("<p>kept</p>");
    // Neither text nor bytes: Eleventy's to deal with, as before.
    expect(await transform.call({ page: { outputPath: path.join(dir, "odd.html") } }, undefined)).toBeUndefined();
    await writer.finished();
    expect(await readFile(file, "utf8")).toBe("<p>é</p>");
    expect([...writer.written]).toEqual([file]);
  });
});
