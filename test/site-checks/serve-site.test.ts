import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
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
  });

  it("redirects a folder without its slash, as GitHub Pages does", async () => {
    const response = await get("chart");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/some/prefix/chart/");
  });

  it("answers 404 outside the prefix, for missing files and for paths that climb out of the folder", async () => {
    expect((await get("/chart/")).status).toBe(404);
    expect((await get("no-such-page/")).status).toBe(404);
    // Sent raw: fetch would resolve the dots itself. Three levels up is the project's package.json.
    const raw = await new Promise<number>((resolve, reject) =>
      request(new URL("/some/prefix/..%2f..%2f..%2fpackage.json", served.url), (response) => resolve(response.statusCode ?? 0)).on("error", reject).end(),
    );
    expect(raw).toBe(404);
  });
});
