import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lastCommitDates } from "../../src/record/last-commit-dates.ts";

const git = (cwd: string, date: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    stdio: "ignore",
  });

describe("lastCommitDates", () => {
  let root = "";
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it("gives each committed file the date of its last commit, in one pass over the history", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-git-"));
    await mkdir(path.join(root, "content/2014"), { recursive: true });
    const a = "content/2014/2014-11-10-a.md";
    const b = "content/2014/2014-11-11-b.md";
    git(root, "2015-01-01", "init", "-q");
    await writeFile(path.join(root, a), "one");
    await writeFile(path.join(root, b), "one");
    git(root, "2015-01-01", "add", ".");
    git(root, "2015-01-01", "commit", "-qm", "first");
    await writeFile(path.join(root, a), "two");
    git(root, "2015-03-02", "commit", "-qam", "correct a");
    await writeFile(path.join(root, "content/2014/2014-11-12-untracked.md"), "new");

    const dates = await lastCommitDates(root);
    expect(Object.fromEntries(dates)).toEqual({ [a]: "2015-03-02", [b]: "2015-01-01" });
  });

  it("reads a history longer than a few hundred bytes whole, as a real record's is", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-git-"));
    await mkdir(path.join(root, "content/2014"), { recursive: true });
    git(root, "2015-01-01", "init", "-q");
    const files = Array.from({ length: 40 }, (_, i) => `content/2014/2014-11-${String((i % 28) + 1).padStart(2, "0")}-decision-number-${i}.md`);
    for (const file of files) await writeFile(path.join(root, file), file);
    git(root, "2015-01-01", "add", ".");
    git(root, "2015-01-01", "commit", "-qm", "first");
    const dates = await lastCommitDates(root);
    expect(dates.size).toBe(40);
    expect(new Set(dates.values())).toEqual(new Set(["2015-01-01"]));
  });

  it("gives nothing, without failing, outside a git repository", async () => {
    root = await mkdtemp(path.join(tmpdir(), "ar-nogit-"));
    await mkdir(path.join(root, "content"));
    expect((await lastCommitDates(root)).size).toBe(0);
  });
});
