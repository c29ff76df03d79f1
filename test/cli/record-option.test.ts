import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { recordRoot, withoutRecordOption } from "../../src/cli/record-option.ts";
import { build } from "../../src/cli/safe-build.ts";
import { housingRoot, projectRoot } from "../support/fixture-record.ts";

describe("--record FOLDER", () => {
  it("names the record's folder, relative to where the command was typed, or else the project's own", () => {
    const cwd = "/srv/project";
    expect(recordRoot({ args: ["node", "check.ts"], env: {}, cwd })).toBe("/srv/project");
    expect(recordRoot({ args: ["node", "check.ts", "--record", "../ours"], env: {}, cwd })).toBe("/srv/ours");
    expect(recordRoot({ args: ["node", "check.ts", "--record=/data/ours", "--watch"], env: {}, cwd })).toBe("/data/ours");
    // npm runs scripts in the project's folder and says in INIT_CWD where the command was typed.
    expect(recordRoot({ args: ["node", "check.ts", "--record", "ours"], env: { INIT_CWD: "/home/me" }, cwd })).toBe("/home/me/ours");
    expect(recordRoot({ args: ["node", "check.ts"], env: { AR_RECORD_ROOT: "/data/env" }, cwd })).toBe("/data/env");
  });

  it("is taken off the arguments of commands that parse their own flags", () => {
    expect(withoutRecordOption(["--kind", "plan", "--record", "../ours", "--title", "T"])).toEqual(["--kind", "plan", "--title", "T"]);
    expect(withoutRecordOption(["--record=../ours", "--list"])).toEqual(["--list"]);
  });

  describe("for the build", () => {
    let out: string | undefined;
    afterEach(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

    it("validates and builds the record in that folder with the project's templates", async () => {
      out = await mkdtemp(path.join(tmpdir(), "ar-record-option-"));
      const site = path.join(out, "site");
      expect(await build({ root: projectRoot, record: housingRoot, output: site, quiet: true })).toBe(true);
      const home = await readFile(path.join(site, "index.html"), "utf8");
      expect(home).toContain("<title>Kestrel Vale housing repairs 2021–23: the public record (fictional test data)</title>");
      expect(await readFile(path.join(site, "timeline/committee-approves-emergency-repairs-fund/index.html"), "utf8")).toContain("Policy and Resources Committee approves a £2.5m emergency repairs fund");
    });
  });
});
