import { execFile, spawnSync } from "node:child_process";
import { cp, lstat, mkdir, readFile, readdir, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/cli/safe-build.ts";
import type { SwapStep } from "../../src/cli/site-swap.ts";
import { inDirectory, makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith, projectRoot } from "../support/fixture-record.ts";
import { leftovers, snapshot } from "../support/site-snapshot.ts";

const run = promisify(execFile);
const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const PAGE = "timeline/cabinet-decides/index.html";

/** The id of a process that has exited: what a build killed with -9 leaves in its file names. */
const deadPid = () => spawnSync("true").pid!;

describe("publishing a build", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let stderr = "";
  const site = () => path.join(root, "_site");
  const buildHere = (options: { afterStep?: (step: SwapStep) => Promise<void> } = {}) => inDirectory(root, () => build({ root, output: "_site", quiet: true, ...options }));
  const retitle = async (title: string) => {
    const file = path.join(root, ENTRY);
    await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, `title: ${title}`));
  };

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
    await cleanup?.();
  });

  it("makes _site a link to one complete build, which GitHub Pages' archive step reads as plain files", async () => {
    expect(await buildHere()).toBe(true);
    expect((await lstat(site())).isSymbolicLink()).toBe(true);
    expect(await readlink(site())).toMatch(/^_site\.builds\/site-\d+-[a-z0-9]+$/);
    expect(await leftovers(root)).toEqual([]);
    // The command actions/upload-pages-artifact runs on the folder it is given.
    const { stdout } = await run("tar", ["--dereference", "--hard-dereference", "--directory", site(), "-cvf", "/dev/null", "."]);
    expect(stdout.split("\n")).toEqual(expect.arrayContaining(["./index.html", `./${PAGE}`]));
  });

  it("has a complete _site/ at every moment of publishing, the old site until one rename makes it the new", async () => {
    expect(await buildHere()).toBe(true);
    const before = await snapshot(site());
    await retitle("Cabinet decides again");
    const seen: Record<string, "old" | "new" | "broken"> = {};
    let after: Record<string, string> | undefined;
    expect(
      await buildHere({
        afterStep: async (step) => {
          const now = await snapshot(site());
          after ??= step === "swapped" ? now : undefined;
          seen[step] = JSON.stringify(now) === JSON.stringify(before) ? "old" : now[PAGE] && now[PAGE] !== before[PAGE] ? "new" : "broken";
        },
      }),
    ).toBe(true);
    expect(seen).toEqual({ built: "old", linked: "old", swapped: "new" });
    expect(await snapshot(site())).toEqual(after);
    expect(await readFile(path.join(site(), PAGE), "utf8")).toContain("Cabinet decides again");
    expect(await leftovers(root)).toEqual([]);
  });

  it("keeps the new site published when something fails after the swap", async () => {
    expect(await buildHere()).toBe(true);
    await retitle("Cabinet decides again");
    await expect(
      buildHere({
        afterStep: async (step) => {
          if (step === "swapped") throw new Error("a failure after the swap");
        },
      }),
    ).rejects.toThrow("a failure after the swap");
    expect(await readFile(path.join(site(), PAGE), "utf8")).toContain("Cabinet decides again");
  });

  it("replaces a _site/ folder from before links, and repairs a crash while it was moved aside", async () => {
    expect(await buildHere()).toBe(true);
    const before = await snapshot(site());
    // A site as the old build left it: a real folder.
    const live = path.join(root, await readlink(site()));
    await rm(site());
    await rename(live, site());
    await rm(path.join(root, "_site.builds"), { recursive: true });
    // Stop as if killed right after the real folder was moved aside, before the link took its place.
    let crashed = false;
    await buildHere({
      afterStep: async (step) => {
        if (step !== "moved-aside") return;
        const aside = (await readdir(path.join(root, "_site.builds"))).find((n) => n.startsWith("aside-"))!;
        await cp(path.join(root, "_site.builds", aside), path.join(root, "crash-copy"), { recursive: true });
        crashed = true;
      },
    });
    expect(crashed).toBe(true);
    expect((await lstat(site())).isSymbolicLink()).toBe(true);
    // Lay out what that crash leaves: no _site, the old site aside, a half-made link.
    await rm(site());
    await rm(path.join(root, "_site.builds"), { recursive: true });
    await mkdir(path.join(root, "_site.builds"));
    await rename(path.join(root, "crash-copy"), path.join(root, "_site.builds", `aside-${deadPid()}`));
    await symlink("nowhere", path.join(root, "_site.builds", `link-${deadPid()}`));
    // The next build puts the old site back before anything else, so even a failing one leaves it.
    await writeFile(path.join(root, "_includes/pages/entry.njk"), "{{ entry.title | noSuchFilter }}");
    for (const method of ["error", "warn", "log"] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
    await expect(buildHere()).rejects.toThrow();
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it("cleans up what builds killed with -9 left behind, under this scheme and the one before", async () => {
    expect(await buildHere()).toBe(true);
    const builds = path.join(root, "_site.builds");
    const dead = deadPid();
    await mkdir(path.join(builds, `site-${dead}-half`, "timeline"), { recursive: true });
    await writeFile(path.join(builds, `site-${dead}-half`, "index.html"), "<p>half");
    await symlink(`site-${dead}-half`, path.join(builds, `link-${dead}`));
    await writeFile(path.join(builds, "lock"), `${dead}\n`);
    await writeFile(path.join(builds, `lock.${dead}`), `${dead}\n`);
    await mkdir(path.join(root, `_site.build-${dead}`));
    await mkdir(path.join(root, `_site.old-${dead}`));
    expect(await buildHere()).toBe(true);
    expect(stderr).toBe("");
    expect(await leftovers(root)).toEqual([]);
    expect((await readdir(builds)).sort()).toEqual([path.basename(await readlink(site())), "spare", "spare.id"].sort());
  });

  it("writes over the site it replaced two builds ago, leaving nothing of it the new build does not make", async () => {
    const extra = path.join(root, "content/2014/2014-11-11-cabinet-meets-again.md");
    await writeFile(
      extra,
      ["---", "title: Cabinet meets again", "date: 2014-11-11", "datePrecision: day", "kind: cabinet-decision", "phase: response", "summary: Cabinet met again.", "sources:", "  - council-statement", "---", 'Cabinet met again. ([statement](source:council-statement "Cabinet released"))', ""].join("\n"),
    );
    expect(await buildHere()).toBe(true);
    const first = await readlink(site());
    const firstFolder = (await stat(site())).ino;
    expect(await readFile(path.join(site(), "timeline/cabinet-meets-again/index.html"), "utf8")).toContain("Cabinet meets again");
    await rm(extra);
    expect(await buildHere()).toBe(true);
    const fresh = await snapshot(site());
    expect(await buildHere()).toBe(true);
    // The third build was written in the first's folder, which held the page of the entry since deleted.
    expect((await stat(site())).ino).toBe(firstFolder);
    expect(Object.keys(fresh)).not.toContain("timeline/cabinet-meets-again/index.html");
    // The pages byte for byte; the search index as many files (the order of its filter lists may differ between builds in one process).
    const pages = (files: Record<string, string>) => Object.entries(files).filter(([file]) => !file.startsWith("pagefind"));
    const now = await snapshot(site());
    expect(pages(now)).toEqual(pages(fresh));
    expect(Object.keys(now)).toHaveLength(Object.keys(fresh).length);
    await expect(lstat(path.join(site(), "timeline/cabinet-meets-again"))).rejects.toThrow();
    expect(await readlink(site())).not.toBe(first);
    expect(stderr).toBe("");
    expect(await leftovers(root)).toEqual([]);
  });

  it("writes over no spare/ but the one a build kept: one that came otherwise, with a link leading out, is removed", async () => {
    expect(await buildHere()).toBe(true);
    expect(await buildHere()).toBe(true);
    const spare = path.join(root, "_site.builds", "spare");
    const outside = path.join(root, "outside");
    await mkdir(outside);
    // What a clone of a repository that has _site.builds/spare/ committed gives: the same files, another folder.
    await cp(spare, `${spare}-copy`, { recursive: true });
    await rm(spare, { recursive: true });
    await rename(`${spare}-copy`, spare);
    await rm(path.join(spare, "timeline"), { recursive: true });
    await symlink(outside, path.join(spare, "timeline"));
    expect(await buildHere()).toBe(true);
    expect(await readdir(outside)).toEqual([]);
    expect((await lstat(path.join(site(), "timeline"))).isDirectory()).toBe(true);
    expect(await readFile(path.join(site(), PAGE), "utf8")).toContain("Cabinet decides");
    expect(stderr).toBe("");
    expect(await leftovers(root)).toEqual([]);
  });

  it("puts back the old site when the build before this scheme crashed between its two renames", async () => {
    expect(await buildHere()).toBe(true);
    const before = await snapshot(site());
    const live = path.join(root, await readlink(site()));
    await rm(site());
    await rename(live, path.join(root, `_site.old-${deadPid()}`));
    await mkdir(path.join(root, `_site.build-${deadPid()}`));
    await rm(path.join(root, "_site.builds"), { recursive: true });
    await writeFile(path.join(root, "_includes/pages/entry.njk"), "{{ entry.title | noSuchFilter }}");
    for (const method of ["error", "warn", "log"] as const) vi.spyOn(console, method).mockImplementation(() => undefined);
    await expect(buildHere()).rejects.toThrow();
    expect(await snapshot(site())).toEqual(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it("refuses plainly while another build holds the lock, and leaves _site/ and nothing else", async () => {
    expect(await buildHere()).toBe(true);
    const before = await snapshot(site());
    // A live process other than this one holds the lock.
    await writeFile(path.join(root, "_site.builds", "lock"), `${process.ppid}\n`);
    expect(await buildHere()).toBe(false);
    expect(stderr).toBe(
      `Another build (process ${process.ppid}) is writing _site/ now, so this one stopped; _site/ is unchanged. ` +
        "Wait for it to finish, then build again. If no build is running, delete _site.builds/lock.\n",
    );
    expect(await snapshot(site())).toEqual(before);
    await rm(path.join(root, "_site.builds", "lock"));
    expect(await leftovers(root)).toEqual([]);
  });

  it("runs two builds started at once to a complete site; a loser says so plainly, with no stack trace", async () => {
    await symlink(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
    const once = () =>
      run(process.execPath, ["--import", "tsx", path.join(projectRoot, "test/support/build-site-cli.ts"), "_site"], { cwd: root }).then(
        () => "built",
        (error: { stderr: string }) => error.stderr,
      );
    const outcomes = await Promise.all([once(), once()]);
    expect(outcomes).toContain("built");
    for (const outcome of outcomes) if (outcome !== "built") expect(outcome).toMatch(/^Another build \(process \d+\) is writing _site\/ now, so this one stopped; _site\/ is unchanged\. .*\n$/);
    expect(await readFile(path.join(site(), PAGE), "utf8")).toContain("Cabinet decides");
    expect(await leftovers(root)).toEqual([]);
  }, 60_000);
});
