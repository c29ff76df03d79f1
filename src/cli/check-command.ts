import { watch } from "node:fs";
import { codeVersion, defaultCacheFile, openCheckCache } from "../loaders/check-cache.ts";
import { loadRecord } from "../loaders/load-record.ts";
import { describeBuildFailure } from "../problems/describe-build-failure.ts";
import { formatProblems } from "../problems/format-problems.ts";
import { githubAnnotations } from "../problems/github-annotations.ts";

export interface CheckIo {
  root: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Also print GitHub Actions annotations, so problems show on the pull request. */
  annotate?: boolean;
  /**
   * Where to keep what each file gave between checks, so the next reads only what changed
   * (check-cache.ts); none: every file is read and validated.
   */
  cacheFile?: string;
}

/** The store `npm run check` keeps for `root` unless told `--no-cache`. */
export const checkCacheFile = (root: string, args: readonly string[]): string | undefined => (args.includes("--no-cache") ? undefined : defaultCacheFile(root));

/**
 * Validates every file under content/ and data/ without building: the loader the build uses, so
 * the messages are the build's own, to the character. Drafts are checked too, as the build does.
 * Returns the exit code: 0 when valid, 1 when there is any problem.
 */
export async function checkOnce(io: CheckIo): Promise<number> {
  try {
    return await checkRecordOnce(io);
  } catch (error) {
    // Whatever the loader did not foresee is said plainly, and --watch keeps watching.
    io.err(describeBuildFailure(error).replace("The site could not be built", "The content could not be checked"));
    return 1;
  }
}

async function checkRecordOnce({ root, out, err, annotate = false, cacheFile }: CheckIo): Promise<number> {
  const started = performance.now();
  const cache = cacheFile === undefined ? undefined : openCheckCache(cacheFile, codeVersion());
  const result = await loadRecord(root, { includeDrafts: true, ...(cache && { cache }) });
  cache?.save();
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    err(formatProblems(result.problems));
    if (annotate) out(githubAnnotations(result.problems));
    return 1;
  }
  const { entries, funding, people, sources } = result.record;
  const drafts = entries.filter((e) => e.draft).length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  out(
    `All content is valid: ${count(entries.length, "entry", "entries")}${drafts ? ` (${count(drafts, "draft", "drafts")})` : ""}, ` +
      `${count(funding.length, "sum of money", "sums of money")}, ${count(people.length, "person or body", "people and bodies")}, ` +
      `${count(sources.length, "source", "sources")} (checked in ${ms} ms).`,
  );
  return 0;
}

/**
 * `npm run check -- --watch`: checks again each time a file under content/ or data/ is saved.
 * Modules stay loaded between checks, so each one takes only the time of reading the record.
 */
export async function checkOnSave(io: CheckIo): Promise<{ stop: () => void }> {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const again = () => {
    clearTimeout(timer);
    // Editors often write a file in several steps; wait for the last one.
    timer = setTimeout(() => {
      running = running.then(async () => {
        io.out(`\n${new Date().toLocaleTimeString("en-GB")}`);
        await checkOnce(io);
      });
    }, 100);
  };
  await checkOnce(io);
  // Later checks keep results in memory (loadEntry's own), which the store would not see used.
  io = { ...io, cacheFile: undefined };
  const watchers = ["content", "data"].map((folder) =>
    // A watched folder deleted or replaced is reported like any save, never a crash.
    watch(`${io.root}/${folder}`, { recursive: true }, again).on("error", again),
  );
  io.out("Watching content/ and data/; each save is checked. Press Ctrl+C to stop.");
  return {
    stop: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
