import { cp, mkdtemp, copyFile, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
/**
 * The richer fixture record: a borough council run by committees, housing repairs 2021–23, fictional
 * (test/fixtures/housing/README.md). Tests of what a resident sees assert its facts, never the shipped record's.
 */
export const housingRoot = path.join(fixturesDir, "housing");

/**
 * Copies the minimal valid record to a temporary folder, then lays each fixture file over it.
 * @example await withFixture({ "content/2014/x.md": "bad/unknown-key.md" })
 */
export async function minimalRecordWith(overlays: Record<string, string> = {}): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "ar-fixture-"));
  await cp(path.join(fixturesDir, "minimal"), root, { recursive: true });
  for (const [target, fixture] of Object.entries(overlays)) {
    await mkdir(path.dirname(path.join(root, target)), { recursive: true });
    await copyFile(path.join(fixturesDir, fixture), path.join(root, target));
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
