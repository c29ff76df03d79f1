import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { networkInterfaces, tmpdir } from "node:os";
import { connect } from "node:net";
import path from "node:path";
import { serveSite, type ServedSite } from "../../src/site-checks/serve-site.ts";
import { fixturesDir } from "../support/fixture-record.ts";

describe("serveSite", () => {
  let served: ServedSite;
  beforeAll(async () => {
    served = await serveSite(path.join(fixturesDir, "planted-defects"), "/some/prefix/");
  });
  afterAll(() => served.close());

  const get = (address: string) => fetch(new URL(address, served.url), { redirect: "manual" });

  it("serves the site below its path prefix, on 127.0.0.1 only", async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/some\/prefix\/$/);
    const page = await get("chart/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<h1>A chart done right</h1>");
    expect((await get("assets/site.css")).headers.get("content-type")).toBe("text/css; charset=utf-8");
    const home = await get(served.url);
    expect([home.status, (await home.text()).includes("<html")]).toEqual([200, true]);
  });

  // A site under test is not published to the machine's network: only this machine reaches it.
  const otherAddresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []).filter((a) => a.family === "IPv4" && !a.internal).map((a) => a.address);
  it.skipIf(otherAddresses.length === 0)("refuses connections on the machine's other addresses", async () => {
    const port = Number(new URL(served.url).port);
    const outcomes = await Promise.all(
      otherAddresses.map((host) => new Promise<string>((resolve) => {
        const socket = connect({ host, port }, () => (socket.destroy(), resolve(`${host} answered`)));
        socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
      })),
    );
    expect(outcomes.every((o) => o === "ECONNREFUSED")).toBe(true);
  });

  it("redirects a folder without its slash, as GitHub Pages does", async () => {
    const response = await get("chart");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/some/prefix/chart/");
  });

  it("answers 404 outside the prefix, for missing files and for paths that climb out of the folder", async () => {
    expect((await get("/chart/")).status).toBe(404);
    const missing = await get("no-such-page/");
    // The planted-defects site has no 404 page of its own.
    expect([missing.status, missing.headers.get("content-type"), await missing.text()]).toEqual([404, "text/plain; charset=utf-8", "Not found"]);
    // Sent raw: fetch would resolve the dots itself. Three levels up is the project's package.json.
    const raw = await new Promise<number>((resolve, reject) =>
      request(new URL("/some/prefix/..%2f..%2f..%2fpackage.json", served.url), (response) => resolve(response.statusCode ?? 0)).on("error", reject).end(),
    );
    expect(raw).toBe(404);
  });

  it("answers a missing page in plain words where the site has no 404 page, and a redirect with nothing", async () => {
    const missing = await get("no-such-page/");
    expect([missing.status, missing.headers.get("content-type"), await missing.text()]).toEqual([404, "text/plain; charset=utf-8", "Not found"]);
    const redirect = await get("chart");
    expect([redirect.status, await redirect.text()]).toEqual([301, ""]);
  });
});

describe("closing a served site", () => {
  it("stops answering, so a test run leaves no server behind", async () => {
    const served = await serveSite(path.join(fixturesDir, "planted-defects"));
    expect((await fetch(new URL("chart/", served.url))).status).toBe(200);
    await served.close();
    await expect(fetch(new URL("chart/", served.url))).rejects.toThrow();
  });
});

describe("serveSite at the domain root, with a 404 page", () => {
  let dir = "";
  let served: ServedSite;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-serve-"));
    await mkdir(path.join(dir, "sources"));
    await writeFile(path.join(dir, "404.html"), "<h1>No such page</h1>");
    await writeFile(path.join(dir, "sources", "index.html"), "<h1>Sources</h1>");
    await writeFile(path.join(dir, "report.html"), "<h1>Report</h1>");
    await writeFile(path.join(dir, "pagefind.wasm"), "wasm");
    await writeFile(path.join(dir, "logo.svg"), "<svg/>");
    await writeFile(path.join(dir, "data.bin"), "bytes");
    served = await serveSite(dir);
  });
  afterAll(async () => {
    await served.close();
    await rm(dir, { recursive: true, force: true });
  });
  const get = (address: string, method = "GET") => fetch(new URL(address, served.url), { redirect: "manual", method });

  it("serves a page written as a .html file at its address without the extension", async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await get("/report");
    expect([response.status, await response.text()]).toEqual([200, "<h1>Report</h1>"]);
  });

  it("answers a missing page with the site's own 404 page, and a folder without index.html too", async () => {
    const missing = await get("/no-such-page/");
    expect([missing.status, missing.headers.get("content-type"), await missing.text()]).toEqual([404, "text/html; charset=utf-8", "<h1>No such page</h1>"]);
    expect((await get("/sources/missing/")).status).toBe(404);
    expect((await get("/nothing")).status).toBe(404);
  });

  it("sends each file with the type a browser needs, and never lets it be cached", async () => {
    const types = await Promise.all(["/pagefind.wasm", "/logo.svg", "/data.bin"].map(async (file) => (await get(file)).headers.get("content-type")));
    expect(types).toEqual(["application/wasm", "image/svg+xml", "application/octet-stream"]);
    const typed = {
      "a.css": "text/css; charset=utf-8", "a.js": "text/javascript; charset=utf-8", "a.mjs": "text/javascript; charset=utf-8",
      "a.json": "application/json", "a.xml": "application/xml", "a.txt": "text/plain; charset=utf-8", "a.png": "image/png",
      "a.jpg": "image/jpeg", "a.webp": "image/webp", "a.ico": "image/x-icon", "a.woff2": "font/woff2",
    };
    for (const file of Object.keys(typed)) await writeFile(path.join(dir, file), "x");
    const sent = await Promise.all(Object.keys(typed).map(async (file) => [file, (await get(`/${file}`)).headers.get("content-type")]));
    expect(Object.fromEntries(sent)).toEqual(typed);
    expect((await get("/sources/")).headers.get("cache-control")).toBe("no-store");
  });

  it("answers HEAD without a body, and an address it cannot decode with 400", async () => {
    const head = await get("/sources/", "HEAD");
    expect([head.status, await head.text()]).toEqual([200, ""]);
    const raw = await new Promise<number>((resolve, reject) => request(new URL("/%E0%A4%A", served.url), (response) => resolve(response.statusCode ?? 0)).on("error", reject).end());
    expect(raw).toBe(400);
  });
});
