import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pageWeights } from "../../../scripts/bench/page-weights.ts";

describe("the benchmark's page weights", () => {
  it("counts each page's HTML and the stylesheets and scripts it loads from the site, gzipped", async () => {
    const site = await mkdtemp(path.join(tmpdir(), "ar-weights-"));
    try {
      const css = "body { color: #0b0c0c; }\n".repeat(20);
      const js = "console.log('chart');\n".repeat(10);
      const chartPage = '<!doctype html><link rel="stylesheet" href="/assets/site.css"><script src="/assets/chart.js" defer></script><script type="application/json">{}</script><p>Money</p>';
      const plainPage = '<!doctype html><link rel="stylesheet" href="/assets/site.css"><p>Home</p>';
      await mkdir(path.join(site, "assets"), { recursive: true });
      await mkdir(path.join(site, "money"), { recursive: true });
      await writeFile(path.join(site, "assets", "site.css"), css);
      await writeFile(path.join(site, "assets", "chart.js"), js);
      await writeFile(path.join(site, "index.html"), plainPage);
      await writeFile(path.join(site, "money", "index.html"), chartPage);
      expect(await pageWeights(site)).toEqual([
        { url: "/", htmlGzip: gzipSync(plainPage).length, cssGzip: gzipSync(css).length, jsBytes: 0, jsGzip: 0 },
        { url: "/money/", htmlGzip: gzipSync(chartPage).length, cssGzip: gzipSync(css).length, jsBytes: js.length, jsGzip: gzipSync(js).length },
      ]);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
