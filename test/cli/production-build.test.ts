import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";

const exists = (file: string) => access(file).then(() => true, () => false);

describe("a build to publish (npm run build -- --production)", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let stderr = "";
  const deployUrl = process.env.AR_SITE_URL;

  beforeEach(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root, { copyTemplates: true });
    stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    if (deployUrl === undefined) delete process.env.AR_SITE_URL;
    else process.env.AR_SITE_URL = deployUrl;
    await cleanup?.();
  });

  it("refuses the example addresses in the site settings, says where each is, and writes nothing", async () => {
    expect(await inDirectory(root, () => build({ root, output: "_site", quiet: true, production: true }))).toBe(false);
    expect(stderr).toContain('data/site.json:7:10  url: "https://example.org/" is a placeholder, which residents would read as real (expected the real value, or leave the setting out)');
    expect(stderr).toContain('data/site.json:11:19  contactEmail: "test@example.org" is a placeholder');
    expect(await exists(path.join(root, "_site"))).toBe(false);
  });

  it("builds with the settings left out and the public address from the deploy, and publishes no placeholder", async () => {
    const file = path.join(root, "data", "site.json");
    const { url: _url, contactEmail: _email, ...site } = JSON.parse(await readFile(file, "utf8"));
    await writeFile(file, JSON.stringify(site, null, 2));
    process.env.AR_SITE_URL = "https://someone.github.io/record";
    expect(await inDirectory(root, () => build({ root, output: "_site", quiet: true, production: true }))).toBe(true);
    const about = await readFile(path.join(root, "_site", "about", "index.html"), "utf8");
    expect(about).toContain('<link rel="canonical" href="https://someone.github.io/about/">');
    expect(about).not.toMatch(/example\.org|mailto:|undefined/);
    expect(about).toContain("Published by Test publisher. A public record about Example Council.");
  }, 120_000);
});
