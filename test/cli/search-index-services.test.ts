import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, open, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openFilesIn, startSearchIndex } from "../../src/cli/build-search-index.ts";
import { partFolder, partOf } from "../../src/cli/search-index-parts.ts";
import type { SearchRecord } from "../../src/views/search-records.ts";
import { childrenListed, pagefindChildren, pagefindChildrenListed } from "../support/pagefind-children.ts";

const page = (n: number) => `<!DOCTYPE html><html lang="en"><head><title>Page ${n}</title></head><body><main data-pagefind-body><h1>Decision ${n}</h1><p>The zebrafinch ${n} programme.</p></main></body></html>`;

describe.runIf(process.platform === "linux")("a search index in parts shared between Pagefind processes", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("runs one Pagefind process for each service asked for, never more than there are parts, and leaves none behind", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-services-"));
    const before = pagefindChildren().length;
    const search = await startSearchIndex({ parts: 3, services: 2 });
    try {
      expect(pagefindChildren().length - before).toBe(2);
    } finally {
      await search.close();
    }
    expect(pagefindChildren().length).toBe(before);
    const one = await startSearchIndex({ parts: 1, services: 4 });
    try {
      expect(pagefindChildren().length - before).toBe(1);
    } finally {
      await one.close();
    }
  });

  it("has reaped its Pagefind processes once closed, so their CPU time and memory count in the build's own", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-reaped-"));
    const before = pagefindChildrenListed().length;
    const search = await startSearchIndex({ parts: 2, services: 2 });
    try {
      await search.add("/one/", page(1));
      await search.write(dir);
    } finally {
      await search.close();
    }
    // An exited process that is never waited for stays listed (a zombie) until this process ends.
    expect(pagefindChildrenListed().length).toBe(before);
  });

  it("writes every part, each holding the pages its address gives it, whichever process indexed it", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-services-"));
    const urls = Array.from({ length: 12 }, (_, n) => `/timeline/entry-${n}/`);
    // Every part gets pages (four each), so each has fragments to count.
    expect(new Set(urls.map((url) => partOf(url, 3))).size).toBe(3);
    const search = await startSearchIndex({ parts: 3, services: 2 });
    try {
      for (const [n, url] of urls.entries()) await search.add(url, page(n));
      expect(await search.write(dir)).toEqual({ pages: 12, parts: 3 });
    } finally {
      await search.close();
    }
    for (let part = 0; part < 3; part++) {
      const files = await readdir(path.join(dir, partFolder(part)));
      expect(files).toContain("pagefind.js");
      // One fragment per page of the part: a part written by the wrong process, or not at all, has none or the wrong count.
      const fragments = await readdir(path.join(dir, partFolder(part), "fragment"));
      expect(fragments).toHaveLength(urls.filter((url) => partOf(url, 3) === part).length);
    }
    expect(JSON.parse(readFileSync(path.join(dir, "pagefind", "parts.json"), "utf8"))).toEqual({ parts: ["pagefind-2/", "pagefind-3/"] });
    expect(pagefindChildren()).toEqual([]);
  });
});

const record = (url: string, n: number): SearchRecord => ({ url, content: `The okapi ${n} decision.`, language: "en", meta: { title: `Okapi ${n}` }, filters: { group: ["entries"] } });

describe.runIf(process.platform === "linux")("a search index with parts of its own for pages given as records", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes the records' parts after the pages', indexes a page given as a record only once, and leaves no process behind", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-records-"));
    const before = childrenListed().length;
    const urls = Array.from({ length: 10 }, (_, n) => `/timeline/okapi-${n}/`);
    expect(new Set(urls.map((url) => partOf(url, 2))).size).toBe(2);
    const search = await startSearchIndex({ parts: 1, recordParts: 2, services: 2 });
    try {
      search.indexRecords(urls.map(record), dir);
      // The entry pages' HTML arrives later as well: already in the index as records, it is passed over.
      for (const [n, url] of urls.entries()) await search.add(url, page(n));
      await search.add("/people/someone/", page(99));
      expect(await search.write(dir)).toEqual({ pages: 11, parts: 3 });
    } finally {
      await search.close();
    }
    expect(await readdir(path.join(dir, "pagefind", "fragment"))).toHaveLength(1);
    for (let part = 0; part < 2; part++) {
      const fragments = await readdir(path.join(dir, partFolder(1 + part), "fragment"));
      expect(fragments).toHaveLength(urls.filter((url) => partOf(url, 2) === part).length);
      expect(await readdir(path.join(dir, partFolder(1 + part)))).toContain("pagefind.js");
    }
    expect(JSON.parse(readFileSync(path.join(dir, "pagefind", "parts.json"), "utf8"))).toEqual({ parts: ["pagefind-2/", "pagefind-3/"] });
    expect(pagefindChildrenListed()).toEqual([]);
    expect(childrenListed()).toHaveLength(before);
  });

  it("still writes every part listed when no record was given, and says plainly when the records cannot be indexed", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-records-"));
    const empty = await startSearchIndex({ parts: 1, recordParts: 2, services: 2 });
    try {
      await empty.add("/about/", page(1));
      expect(await empty.write(dir)).toEqual({ pages: 1, parts: 3 });
    } finally {
      await empty.close();
    }
    for (const part of [1, 2]) expect(await readdir(path.join(dir, partFolder(part)))).toContain("pagefind.js");
    const before = childrenListed();
    const broken = await startSearchIndex({ parts: 1, recordParts: 1, services: 1 });
    try {
      // The process that indexes the records dies (killed, out of memory): the build is told so, plainly.
      const started = childrenListed().filter((pid) => !before.includes(pid));
      const worker = started.find((pid) => readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "node")!;
      process.kill(Number(worker), "SIGKILL");
      broken.indexRecords([record("/x/", 1)], path.join(dir, "second"));
      await expect(broken.write(path.join(dir, "second"))).rejects.toThrow(/^the search index's records process stopped \((SIGKILL|write EPIPE)\)$/);
    } finally {
      await broken.close();
    }
    expect(childrenListed()).toEqual(before);
  });

  it("refuses records when it keeps no parts for them", async () => {
    const search = await startSearchIndex({ parts: 1 });
    try {
      expect(() => search.indexRecords([record("/a/", 1)], tmpdir())).toThrow(/no parts for records/);
    } finally {
      await search.close();
    }
  });
});

describe.runIf(process.platform === "linux")("whether Pagefind is still writing", () => {
  it("counts the files a process holds open in the folders, reached directly or through a link, and none once closed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ar-open-"));
    try {
      await mkdir(path.join(dir, "pagefind"));
      await mkdir(path.join(dir, "elsewhere"));
      await symlink(path.join(dir, "pagefind"), path.join(dir, "linked"));
      const inside = await open(path.join(dir, "pagefind", "pagefind-ui.js"), "w");
      const outside = await open(path.join(dir, "elsewhere", "page.html"), "w");
      try {
        expect(openFilesIn([process.pid], [path.join(dir, "pagefind")])).toBe(1);
        expect(openFilesIn([process.pid], [path.join(dir, "linked")])).toBe(1);
        expect(openFilesIn([process.pid], [path.join(dir, "pagefind"), path.join(dir, "elsewhere")])).toBe(2);
        // A folder whose name begins like another's is not inside it.
        expect(openFilesIn([process.pid], [path.join(dir, "page")])).toBe(0);
      } finally {
        await inside.close();
        await outside.close();
      }
      expect(openFilesIn([process.pid], [path.join(dir, "pagefind"), path.join(dir, "elsewhere")])).toBe(0);
      // A process that has exited holds nothing.
      expect(openFilesIn([2 ** 22 + 1], [dir])).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
