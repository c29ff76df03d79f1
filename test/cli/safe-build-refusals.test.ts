import { execFileSync } from "node:child_process";
import * as fs from "node:fs/promises";
import { readlink, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith } from "../support/fixture-record.ts";
import { leftovers, snapshot } from "../support/site-snapshot.ts";

// Fault injection: renaming the new link onto _site can be made to fail as a read-only folder would.
const faults = vi.hoisted(() => ({ renameOnto: "" as string, code: "EACCES" }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const failing = async (from: string, to: string) => {
    if (faults.renameOnto && path.resolve(String(to)) === faults.renameOnto && path.basename(String(from)).startsWith("link-")) throw Object.assign(new Error(`${faults.code}: refused, rename`), { code: faults.code });
    return real.rename(from, to);
  };
  return { ...real, rename: failing, default: { ...real, rename: failing } };
});

/** chattr +i works only where the file system and the privileges allow it (not in most containers). */
const canMakeImmutable = (() => {
  const probe = path.join(tmpdir(), `ar-chattr-${process.pid}`);
  try {
    execFileSync("mkdir", ["-p", probe]);
    execFileSync("chattr", ["+i", probe], { stdio: "ignore" });
    execFileSync("chattr", ["-i", probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    execFileSync("rm", ["-rf", probe]);
  }
})();

describe("a _site/ that cannot be replaced", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let stderr = "";
  const frozen: string[] = [];
  const site = () => path.join(root, "_site");
  const buildHere = () => inDirectory(root, () => build({ root, output: "_site", quiet: true }));
  /** A real `_site/` folder, as a build before links left it. */
  const makeLegacy = async () => {
    const live = path.join(root, await readlink(site()));
    await rm(site());
    await rename(live, site());
    await rm(path.join(root, "_site.builds"), { recursive: true });
  };
  const freeze = (dir: string) => {
    execFileSync("chattr", ["+i", dir]);
    frozen.push(dir);
  };

  beforeEach(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root);
    expect(await buildHere()).toBe(true);
    stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    faults.renameOnto = "";
    for (const dir of frozen.splice(0)) execFileSync("chattr", ["-i", dir]);
    await cleanup?.();
  });

  it("says plainly that it is read-only when the swap is refused, and keeps the old site with no debris", async () => {
    const before = await snapshot(site());
    faults.renameOnto = site();
    expect(await buildHere()).toBe(false);
    expect(stderr).toBe("_site/ could not be replaced because it is read-only (permission denied). The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.\n");
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it("puts a _site/ folder from before links back where it was when the link cannot take its place", async () => {
    await makeLegacy();
    const before = await snapshot(site());
    faults.renameOnto = site();
    faults.code = "EPERM";
    expect(await buildHere()).toBe(false);
    expect(stderr).toBe("_site/ could not be replaced because it is immutable or read-only (operation not permitted). The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.\n");
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
    expect(await fs.readdir(root)).not.toContain("_site.builds");
  });

  it.runIf(canMakeImmutable)("refuses an immutable _site/ folder before building, and changes nothing", async () => {
    await makeLegacy();
    const before = await snapshot(site());
    freeze(site());
    expect(await buildHere()).toBe(false);
    expect(stderr).toBe("_site/ cannot be replaced because it is immutable or read-only (operation not permitted). The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.\n");
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
    expect(await fs.readdir(root)).not.toContain("_site.builds");
  });

  it.runIf(canMakeImmutable)("refuses when the folder holding _site cannot be changed, and changes nothing", async () => {
    const before = await snapshot(site());
    freeze(root);
    expect(await buildHere()).toBe(false);
    expect(stderr).toBe("_site/ cannot be replaced: the folder that holds it cannot be changed because it is immutable or read-only (operation not permitted). The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.\n");
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });
});
