import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { build } from "../../src/cli/safe-build.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

/** The published site has an editor only when data/site.json says so, and then only at /admin/. */
describe("the editor in a production build", () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await cleanup?.();
  });
  const built = async (overlays: Record<string, string>) => {
    const fixture = await minimalRecordWith(overlays);
    cleanup = fixture.cleanup;
    await makeBuildable(fixture.root);
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await inDirectory(fixture.root, () => build({ root: fixture.root, output: "_site", quiet: true }))).toBe(true);
    const site = path.join(fixture.root, "_site");
    const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(site, path.join(d.parentPath, d.name)));
    return { site, files };
  };

  it("is left out unless the site settings ask for it", async () => {
    const { site, files } = await built({});
    expect(files.filter((f) => f.startsWith("admin") || /decap/.test(f))).toEqual([]);
    expect(await readFile(path.join(site, "_headers"), "utf8")).not.toContain("admin");
  }, 60_000);

  it("when asked, is at /admin/ on the site's GitHub repository with the editorial workflow, its own policy, and no link, sitemap entry or search entry", async () => {
    const { site, files } = await built({ "data/site.json": "cms/site-with-editor.json" });
    expect(files).toEqual(expect.arrayContaining(["admin/index.html", "admin/config.yml", "admin/admin.js", "admin/admin.css", "admin/decap-cms.js"]));
    const config = parse(await readFile(path.join(site, "admin/config.yml"), "utf8")) as Record<string, unknown>;
    expect(config.backend).toEqual({ name: "github", repo: "example-council/report", branch: "main", squash_merges: true, base_url: "https://auth.example.org" });
    expect(config.publish_mode).toBe("editorial_workflow");
    const page = await readFile(path.join(site, "admin/index.html"), "utf8");
    expect(page).toContain("connect-src &#39;self&#39; https://api.github.com;");
    expect(page).not.toContain("data-pagefind-body");
    expect(await readFile(path.join(site, "_headers"), "utf8")).toContain("/admin/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval';");
    expect(await readFile(path.join(site, "sitemap.xml"), "utf8")).not.toContain("admin");
    for (const file of files.filter((f) => f.endsWith(".html") && !f.startsWith("admin"))) {
      expect([file, await readFile(path.join(site, file), "utf8")]).not.toEqual([file, expect.stringContaining("/admin")]);
    }
  }, 60_000);
});
