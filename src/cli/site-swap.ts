import { access, constants, lstat, mkdir, readdir, readFile, readlink, rename, rm, rmdir, stat, symlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The output folder (`_site`) is a symbolic link to one complete build in `_site.builds/`. A new
 * build is written to a folder of its own there, and published by renaming a new link onto
 * `_site`: rename(2) replaces the old link in one step, so at every instant `_site/` is either the
 * whole old site or the whole new one (docs/performance.md, "How a build is published").
 */
export const buildsFolder = (finalDir: string) => `${finalDir}.builds`;
export const lockFile = (finalDir: string) => path.join(buildsFolder(finalDir), "lock");
/**
 * The site a build replaced, kept for the next build to write over: creating ten thousand folders
 * and files, and removing as many, cost more of a build than writing over them (docs/performance.md).
 */
export const spareFolder = (finalDir: string) => path.join(buildsFolder(finalDir), "spare");
/**
 * Which folder the last build kept as the spare (its device and inode), so that only that folder
 * is ever written over: a `spare/` that came some other way (committed to the repository, made by
 * hand) may hold links leading outside the site, and is removed like any other leftover.
 */
const spareMark = (finalDir: string) => path.join(buildsFolder(finalDir), "spare.id");
const identity = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

/** Moments of the swap a test can stop at, to see what a crash there would leave. */
export type SwapStep = "built" | "linked" | "moved-aside" | "swapped";
export type AfterStep = (step: SwapStep) => void | Promise<void>;

/** A problem with the output folder itself, said plainly (the caller prints it; no stack trace). */
export class OutputFolderError extends Error {}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "";
const exists = (file: string) => lstat(file).then((s) => s, () => undefined);
const pidIn = (name: string) => Number(/-(\d+)(?:-|$)/.exec(name)?.[1]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === "EPERM";
  }
};

/** What a file-system refusal means to someone at the keyboard. */
export function explainRefusal(error: unknown, what: string, remedy: string): OutputFolderError {
  const reason: Record<string, string> = {
    EACCES: "it is read-only (permission denied)",
    EPERM: "it is immutable or read-only (operation not permitted)",
    EROFS: "it is on a read-only file system",
    ENOSPC: "the disk is full",
    EBUSY: "it is in use by another program",
  };
  const why = reason[code(error)] ?? `of an error (${code(error) || (error as Error).message})`;
  return new OutputFolderError(`${what} because ${why}. ${remedy}`);
}

/** Fails now, before minutes of building, when `dir` could not be renamed or written later. */
async function probeWritable(dir: string, what: string): Promise<void> {
  try {
    await access(dir, constants.W_OK);
    // Setting a folder's times to what they are changes nothing, yet is refused on an immutable
    // folder even to root, which access() does not report.
    const { atime, mtime } = await stat(dir);
    await utimes(dir, atime, mtime);
  } catch (error) {
    throw explainRefusal(error, what, "The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.");
  }
}

/** The build folder `_site` points at now, if it is a link. */
export async function liveBuild(finalDir: string): Promise<string | undefined> {
  try {
    return path.resolve(path.dirname(finalDir), await readlink(finalDir));
  } catch {
    return undefined;
  }
}

/**
 * Gets the output folder ready for a new build (the caller holds the build lock): puts back a site
 * that a crash left aside, removes what interrupted builds left behind, and checks that `_site`
 * can be replaced. Returns the folder the new build is to be written to, and whether it holds an
 * earlier site (the spare) that the build writes over: what the build does not write again must
 * then be removed before it is published (stale-files.ts).
 */
export async function prepareBuild(finalDir: string): Promise<{ dir: string; reused: boolean }> {
  const parent = path.dirname(finalDir);
  const base = path.basename(finalDir);
  const builds = buildsFolder(finalDir);

  // The site before this scheme, or a crash between its two renames: `_site.old-PID` is a
  // complete site, `_site.build-PID` never is.
  const siblings = (await readdir(parent)).filter((n) => n.startsWith(`${base}.old-`) || n.startsWith(`${base}.build-`));
  const current = await exists(finalDir);
  if (!current) {
    const old = siblings.filter((n) => n.startsWith(`${base}.old-`)).sort().at(-1);
    const aside = (await readdir(builds).catch(() => [] as string[])).filter((n) => n.startsWith("aside-")).sort().at(-1);
    if (aside) await pointAt(finalDir, path.join(builds, aside));
    else if (old) {
      await rename(path.join(parent, old), path.join(builds, `aside-${process.pid}`));
      await pointAt(finalDir, path.join(builds, `aside-${process.pid}`));
    }
  }
  for (const name of siblings) if (!alive(pidIn(name)) || pidIn(name) === process.pid) await rm(path.join(parent, name), { recursive: true, force: true }).catch(() => undefined);

  const live = await liveBuild(finalDir);
  const dir = path.join(builds, `site-${process.pid}-${Date.now().toString(36)}`);
  const spare = spareFolder(finalDir);
  const found = await exists(spare);
  const kept = await readFile(spareMark(finalDir), "utf8").catch(() => "");
  const reused = spare !== live && Boolean(found?.isDirectory()) && kept.trim() === identity(found!) && (await rename(spare, dir).then(() => true, () => false));
  for (const name of await readdir(builds)) {
    const file = path.join(builds, name);
    if (file === live || file === dir || name === "lock") continue;
    // Another builder's half-taken lock: only while that builder lives.
    if (name.startsWith("lock.") && alive(pidIn(name.replace("stale-", ""))) && pidIn(name) !== process.pid) continue;
    await rm(file, { recursive: true, force: true }).catch((error: unknown) => {
      process.stderr.write(`${explainRefusal(error, `${path.relative(process.cwd(), file)} (left by an earlier build) could not be removed`, "Delete it by hand.").message}\n`);
    });
  }
  return { dir, reused };
}

/** Points `finalDir` at `target` in one rename(2) of a new link onto it. */
async function pointAt(finalDir: string, target: string): Promise<void> {
  const next = path.join(buildsFolder(finalDir), `link-${process.pid}`);
  await rm(next, { force: true });
  await symlink(path.relative(path.dirname(finalDir), target), next);
  await rename(next, finalDir);
}

/**
 * Publishes a finished build: `_site` becomes a link to it in one step, and the site it replaces is
 * kept as the spare for the next build to write over. A real `_site/` folder (from before this
 * scheme) is first moved aside; a crash in that one moment leaves it in `_site.builds/`, and the
 * next build puts it back before anything else.
 */
export async function publishBuild(finalDir: string, buildDir: string, label: string, afterStep: AfterStep = () => undefined): Promise<void> {
  const builds = buildsFolder(finalDir);
  const next = path.join(builds, `link-${process.pid}`);
  await afterStep("built");
  await rm(next, { force: true });
  await symlink(path.relative(path.dirname(finalDir), buildDir), next);
  await afterStep("linked");
  let previous = await liveBuild(finalDir);
  const current = await exists(finalDir);
  try {
    if (current?.isDirectory() && !current.isSymbolicLink()) {
      previous = path.join(builds, `aside-${process.pid}`);
      await rename(finalDir, previous);
      await afterStep("moved-aside");
    }
    await rename(next, finalDir);
  } catch (error) {
    await rm(next, { force: true });
    // The old folder was moved aside but the link could not take its place: put it back.
    if (current?.isDirectory() && !(await exists(finalDir)) && previous) await rename(previous, finalDir).catch(() => undefined);
    throw explainRefusal(error, `${label}/ could not be replaced`, "The old site is kept as it was. Make it writable (chmod u+w, chattr -i) and build again.");
  }
  await afterStep("swapped");
  if (previous && previous !== buildDir && path.dirname(previous) === builds) {
    // A folder the next build cannot write over (made read-only) is removed instead, as before.
    const spare = spareFolder(finalDir);
    const kept =
      (await probeWritable(previous, "").then(() => true, () => false)) &&
      (await rename(previous, spare).then(() => true, () => false)) &&
      (await stat(spare).then((info) => writeFile(spareMark(finalDir), `${identity(info)}\n`)).then(() => true, () => false));
    if (!kept) {
      await rm(previous, { recursive: true, force: true }).catch((error: unknown) => {
        process.stderr.write(`${explainRefusal(error, `The previous site, ${path.relative(process.cwd(), previous)}, could not be removed`, "The new site is published; delete the old folder by hand.").message}\n`);
      });
    }
  }
}

/**
 * Checks, before minutes of building, that `_site` can be replaced, and makes the folder for builds.
 * Throws an OutputFolderError that says plainly what is wrong; nothing is changed then.
 */
export async function readyOutput(finalDir: string, label: string): Promise<void> {
  const parent = path.dirname(finalDir);
  await probeWritable(parent, `${label}/ cannot be replaced: the folder that holds it cannot be changed`);
  const current = await exists(finalDir);
  // The swap renames a link onto the output path, which would silently replace a file there.
  if (current && !current.isDirectory() && !current.isSymbolicLink()) {
    throw new OutputFolderError(`${label}/ cannot be replaced because it is a file, not a folder, and building there would delete it. Nothing was changed. Move the file, or build to another folder.`);
  }
  if (current?.isDirectory() && !current.isSymbolicLink()) await probeWritable(finalDir, `${label}/ cannot be replaced`);
  try {
    await mkdir(buildsFolder(finalDir), { recursive: true });
  } catch (error) {
    throw explainRefusal(error, `${label}/ cannot be built: ${path.basename(buildsFolder(finalDir))}/ beside it could not be made`, "Nothing was changed.");
  }
}

/** Removes the folder for builds when nothing in it is live (a refused or failed first build). */
export async function tidyBuildsFolder(finalDir: string): Promise<void> {
  await rmdir(buildsFolder(finalDir)).catch(() => undefined);
}
