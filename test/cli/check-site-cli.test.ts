import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fixturesDir, projectRoot } from "../support/fixture-record.ts";

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(projectRoot, "src/cli/check-site.ts"), ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

// Issue 9: --help ran the checks, and an unknown check printed a stack trace.
describe("npm run check:site", () => {
  it("prints its usage for --help, and checks nothing", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run check:site \[-- FOLDER\] \[-- --only=html,links,security,budgets\]/);
  });

  it("says plainly which check does not exist, with the nearest name, and exits 2", async () => {
    const { code, stderr } = await run(path.join(fixturesDir, "planted-defects"), "--only=link");
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe('there is no check called "link"; did you mean "links"? (the checks are html, links, security, budgets)');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
