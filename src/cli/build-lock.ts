import { link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export type BuildLock = { held: true; release: () => Promise<void> } | { held: false; owner: number };

/** A process is alive if signal 0 reaches it; EPERM means it exists but belongs to someone else. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Locks this process holds: a second build started in the same process is refused too. */
const heldHere = new Set<string>();

const ownerOf = async (file: string) => Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);

/**
 * Takes the lock that serialises builds of one output folder: a file holding the builder's process
 * id, created with link(2) so it appears whole or not at all. A lock whose process has died (a build
 * killed with -9) is stale and taken over; a live one is reported, never waited on or broken.
 * @example const lock = await takeBuildLock("_site.builds/lock"); if (lock.held) await lock.release();
 */
export async function takeBuildLock(file: string): Promise<BuildLock> {
  const mine = `${file}.${process.pid}`;
  if (heldHere.has(file)) return { held: false, owner: process.pid };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(mine, file);
        heldHere.add(file);
        return {
          held: true,
          release: async () => {
            heldHere.delete(file);
            await unlink(file).catch(() => undefined);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = await ownerOf(file);
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) return { held: false, owner };
      // Stale. Move it aside before deleting, then make sure what was moved is the stale lock and
      // not one another builder took meanwhile (a plain unlink could delete that one).
      const aside = `${file}.stale-${process.pid}`;
      try {
        await rename(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = await ownerOf(aside);
      if (moved !== owner && Number.isInteger(moved) && alive(moved)) {
        await link(aside, file).catch(() => undefined);
        await unlink(aside).catch(() => undefined);
        return { held: false, owner: moved };
      }
      await unlink(aside).catch(() => undefined);
    }
    throw new Error(`Could not take the build lock ${file}`);
  } finally {
    await unlink(mine).catch(() => undefined);
  }
}
