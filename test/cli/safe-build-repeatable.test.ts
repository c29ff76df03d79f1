import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";
import { snapshot } from "../support/site-snapshot.ts";

describe("the same record, built twice", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  const sites: Record<string, string>[] = [];
  beforeAll(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root);
    for (const output of ["first", "second"]) {
      expect(await inDirectory(root, () => build({ root, output, quiet: true }))).toBe(true);
      sites.push(await snapshot(path.join(root, output)));
      // Eleventy dates generated pages with the time they are made: let the clock move between builds.
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
  }, 120_000);
  afterAll(() => cleanup?.());

  // Pagefind writes its filter index (and the metadata and entry files that name it by hash) in an
  // order of its own that changes between runs, whatever order pages are given in: its maintainer
  // calls these files not yet stable (Pagefind issue 638). Every other file must match.
  const pagefindUnstable = (file: string) => /^pagefind\/(filter\/|pagefind\.[^/]*\.pf_meta$|pagefind-entry\.json$)/.test(file);
  const stable = (site: Record<string, string>) => Object.fromEntries(Object.entries(site).filter(([file]) => !pagefindUnstable(file)));

  it("gives the same files, byte for byte, search index included (but for Pagefind's filter index)", () => {
    expect(Object.keys(sites[0]!)).toEqual(expect.arrayContaining(["_headers", "sitemap.xml", "feed.xml", "pagefind/pagefind.js"]));
    expect(Object.keys(sites[0]!).filter((f) => f.startsWith("pagefind/fragment/")).length).toBeGreaterThan(0);
    expect(stable(sites[1]!)).toEqual(stable(sites[0]!));
    expect(Object.keys(sites[1]!).filter(pagefindUnstable).length).toBe(Object.keys(sites[0]!).filter(pagefindUnstable).length);
  });

  it("lists the pages in _headers and the sitemap in address order", async () => {
    const headers = (await readFile(path.join(root, "first", "_headers"), "utf8")).split("\n").filter((line) => line.startsWith("/"));
    expect(headers.length).toBeGreaterThan(10);
    expect(headers).toEqual([...headers].sort());
    const locs = [...(await readFile(path.join(root, "first", "sitemap.xml"), "utf8")).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toEqual([...locs].sort());
  });
});
