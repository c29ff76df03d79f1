import { execFile } from "node:child_process";

/**
 * The date (YYYY-MM-DD) of the last commit that changed each file under a folder, from one
 * `git log` over the whole folder rather than one process per file. Empty when git is not
 * installed or the folder is not in a repository; files never committed are simply absent.
 * @example (await lastCommitDates(root)).get("content/2014/2014-11-10-cabinet.md") // "2015-01-05"
 */
export function lastCommitDates(root: string, folder = "content"): Promise<Map<string, string>> {
  const args = ["log", "--format=%x00%cs", "--name-only", "--relative", "--", folder];
  return new Promise((resolve) => {
    execFile("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      const dates = new Map<string, string>();
      // No git, not a repository, or no commits yet: there is no history to read, which is not an error.
      if (error) return resolve(dates);
      // Newest commit first, so the first date seen for a file is its last change.
      for (const commit of stdout.split("\0")) {
        const [date, ...files] = commit.split("\n");
        if (!date) continue;
        for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
      }
      resolve(dates);
    });
  });
}
