import { spawn, type ChildProcess } from "node:child_process";
import { copyFile } from "node:fs/promises";
import http from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { formatProblems } from "../../src/problems/format-problems.ts";
import { makeBuildable } from "../support/eleventy-project.ts";
import { fixturesDir, minimalRecordWith, projectRoot } from "../support/fixture-record.ts";
import { visibleText } from "../support/visible-text.ts";

const ENTRY = "content/2014/2014-11-10-cabinet-decides.md";
const PAGE = "/timeline/cabinet-decides/";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

/** Polls until `probe` gives a value, or fails after `ms` saying what it was waiting for. */
async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>, meanwhile?: () => Promise<void>): Promise<T> {
  const deadline = Date.now() + ms;
  let nudged = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    // A file watcher can miss a write made as it starts; writing again is what an editor's next save does.
    if (meanwhile && Date.now() - nudged > 3000) {
      nudged = Date.now();
      await meanwhile();
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** `npm start` against a temporary copy of the minimal record: the real config, under tsx, on a free port. */
describe("the preview server (npm start)", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let server: ChildProcess | undefined;
  let output = "";
  let origin = "";
  // node:http rather than fetch, which always sends "sec-fetch-mode: cors": the dev server adds live
  // reload only to what a browser navigates to.
  const get = (address: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http.get(`${origin}${address}`, { headers: { "sec-fetch-mode": "navigate" } }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      }).on("error", reject);
    });

  beforeAll(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root);
    const port = await freePort();
    server = spawn(
      path.join(projectRoot, "node_modules/.bin/tsx"),
      [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(root, ".eleventy.js")}`, "--input=content", "--output=_site", "--serve", `--port=${port}`],
      // Its own process group, so the test can end tsx and the Node process it starts together.
      { cwd: root, env: { ...process.env, AR_DRAFTS: "1", NO_COLOR: "1" }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    server.stdout!.on("data", (chunk) => (output += String(chunk)));
    server.stderr!.on("data", (chunk) => (output += String(chunk)));
    // The dev server moves to the next port if this one was taken meanwhile: read the one it chose.
    origin = await waitFor("the server to start", 60_000, async () => {
      if (server!.exitCode !== null) throw new Error(`The server exited:\n${output}`);
      const port = /Server at http:\/\/localhost:(\d+)\//.exec(output)?.[1];
      return port && output.includes("Watching") ? `http://localhost:${port}` : undefined;
    });
  }, 90_000);

  afterAll(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      process.kill(-server.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
    }
    await cleanup?.();
  });

  it("serves the site while the content is valid", async () => {
    const page = await get(PAGE);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Cabinet decides</h1>");
  });

  it("keeps running on a content error, listing it in the terminal and at every address, and recovers once it is fixed", async () => {
    const bad = path.join(fixturesDir, "bad/unknown-kind.md");
    const target = path.join(root, ENTRY);
    await copyFile(bad, target);
    const broken = await loadRecord(root, { includeDrafts: true });
    const expected = broken.ok ? "" : formatProblems(broken.problems);
    expect(expected).toContain(`${ENTRY}:5:7  kind:`);

    const page = await waitFor("the problems page", 30_000, async () => {
      const p = await get(PAGE);
      return p.status === 500 ? p : undefined;
    }, () => copyFile(bad, target));
    for (const line of expected.split("\n")) expect(visibleText(page.body)).toContain(line);
    // The same list in the terminal, and live reload on the page so it comes back by itself.
    expect(output).toContain(expected);
    expect(page.body).toMatch(/<script type="module" integrity="[^"]+">/);
    expect((await get("/")).status).toBe(500);
    expect((await get("/assets/site.css")).status).toBe(200);

    const good = path.join(fixturesDir, "minimal", ENTRY);
    await copyFile(good, target);
    const back = await waitFor("the site to come back", 30_000, async () => {
      const p = await get(PAGE);
      return p.status === 200 ? p : undefined;
    }, () => copyFile(good, target));
    expect(back.body).toContain("<h1>Cabinet decides</h1>");
    expect(output).toContain("The content is valid again; the preview shows the site.");
  }, 75_000);
});
