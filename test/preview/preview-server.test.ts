import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import { connect, createServer } from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRecord } from "../../src/loaders/load-record.ts";
import { readPreviewAddress } from "../../src/preview/preview-address.ts";
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
      const request = http.get(`${origin}${address}`, { headers: { "sec-fetch-mode": "navigate" }, timeout: 10_000 }, (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on("timeout", () => request.destroy(new Error(`no answer from ${address} in 10 s`))).on("error", reject);
    });

  beforeAll(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root);
    const port = await freePort();
    server = spawn(
      path.join(projectRoot, "node_modules/.bin/tsx"),
      [path.join(projectRoot, "src/cli/preview.ts"), `--port=${port}`],
      // Its own process group, so the test can end tsx and the Node process it starts together.
      { cwd: root, env: { ...process.env, NO_COLOR: "1" }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    server.stdout!.on("data", (chunk) => (output += String(chunk)));
    server.stderr!.on("data", (chunk) => (output += String(chunk)));
    // The dev server moves to the next port if this one was taken meanwhile: read the one it chose.
    origin = await waitFor("the server to start", 60_000, async () => {
      if (server!.exitCode !== null) throw new Error(`The server exited:\n${output}`);
      const address = /Server at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      return address && output.includes("Watching") ? address : undefined;
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

  it("listens on 127.0.0.1 only, says so, and records that address for npm run new", async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(readPreviewAddress(root)).toBe(origin);
    const outside = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (outside) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: outside, port: Number(new URL(origin).port) }, () => (socket.destroy(), resolve(true)));
        socket.on("error", () => resolve(false));
      });
      expect(reached).toBe(false);
    }
  });

  it("answers an address that climbs out of the site (..%2f) with 400 at once, instead of hanging", async () => {
    for (const address of ["/..%2f..%2fpackage.json", "/timeline/..%2F..%2F..%2Fetc/passwd", "/%2e%2e%5cpackage.json", "/%E0%A4%A"]) {
      expect((await get(address)).status).toBe(400);
    }
  });

  it("writes nothing into _site/, the folder that is deployed", () => {
    expect(existsSync(path.join(root, "_site"))).toBe(false);
    expect(existsSync(path.join(root, ".cache/preview/index.html"))).toBe(true);
  });

  it("notices deletions: a deleted entry's page goes, and a deleted data file is reported like any save", async () => {
    const extra = "content/2014/2014-11-20-draft-statement.md";
    await copyFile(path.join(fixturesDir, "draft/2014-11-20-draft-statement.md"), path.join(root, extra));
    await waitFor("the new entry's page", 30_000, async () => ((await get("/timeline/draft-statement/")).status === 200 ? true : undefined));
    await rm(path.join(root, extra));
    await waitFor("the deleted entry's page to go", 30_000, async () => ((await get("/timeline/draft-statement/")).status === 404 ? true : undefined));

    const people = await readFile(path.join(root, "data/people.json"), "utf8");
    await rm(path.join(root, "data/people.json"));
    const page = await waitFor("the problems page", 30_000, async () => {
      const p = await get(PAGE);
      return p.status === 500 ? p : undefined;
    });
    expect(visibleText(page.body)).toContain("data/people.json:1:1  the file is missing (every data file must exist, even with an empty list)");
    await writeFile(path.join(root, "data/people.json"), people);
    await waitFor("the site to come back", 30_000, async () => ((await get(PAGE)).status === 200 ? true : undefined));
  }, 100_000);

  it("shows a save to a source on the page of an entry citing it, which the entry's own file did not change", async () => {
    const file = path.join(root, "data/sources/council-statement.md");
    const text = await readFile(file, "utf8");
    const title = /^title: (.*)$/m.exec(text)![1]!;
    await writeFile(file, text.replace(`title: ${title}`, "title: A statement renamed in the preview"));
    await waitFor("the entry's page to show the source's new title", 30_000, async () => (visibleText((await get(PAGE)).body).includes("A statement renamed in the preview") ? true : undefined), () => writeFile(file, text.replace(`title: ${title}`, "title: A statement renamed in the preview")));
    await writeFile(file, text);
    await waitFor("the entry's page to show the old title again", 30_000, async () => (visibleText((await get(PAGE)).body).includes(title) ? true : undefined));
  }, 100_000);
});

