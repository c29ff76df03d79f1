import { readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBackend, type LocalBackend } from "../../src/cms/local-backend.ts";
import { fixturesDir, minimalRecordWith } from "../support/fixture-record.ts";

/** node:http, so the test can send the Host header a rebinding web page would. */
const request = (url: string, { method = "GET", body, host }: { method?: string; body?: unknown; host?: string } = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const r = http.request(url, { method, headers: { "Content-Type": "application/json", ...(host ? { Host: host } : {}) } }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    r.on("error", reject);
    r.end(body === undefined ? undefined : JSON.stringify(body));
  });

describe("the editor's local backend", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let backend: LocalBackend;
  beforeAll(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    backend = await startLocalBackend(root, { port: 0, log: () => {} });
  });
  afterAll(async () => {
    await backend.close();
    await cleanup?.();
  });

  it("listens on this computer only", () => {
    expect(backend.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("refuses to write anything outside content/ and data/", async () => {
    const entry = { slug: "x", path: ".eleventy.js", raw: "export default () => process.exit()" };
    const r = await request(`${backend.origin}/api/v1`, { method: "POST", body: { action: "persistEntry", params: { branch: "main", entry, assets: [], options: { commitMessage: "Create entry", useWorkflow: false, status: "draft" } } } });
    expect([r.status, JSON.parse(r.body).error]).toEqual([403, "The editor may only change files in content/ and data/; refused .eleventy.js"]);
    const sneaky = await request(`${backend.origin}/api/v1`, { method: "POST", body: { action: "getEntry", params: { path: "content/../package.json" } } });
    expect(sneaky.status).toBe(403);
  });

  it("answers no page that reached it under another name (DNS rebinding)", async () => {
    const r = await request(`${backend.origin}/api/report/check`, { host: "attacker.example" });
    expect(r.status).toBe(403);
  });

  it("writes an entry into the working tree, then checks it as npm run check does", async () => {
    const raw = await readFile(path.join(fixturesDir, "minimal/content/2014/2014-11-10-cabinet-decides.md"), "utf8");
    const entry = { slug: "2014/2014-11-11-again", path: "content/2014/2014-11-11-again.md", raw: raw.replace("title: Cabinet decides", "title: Cabinet decides again").replace("date: 2014-11-10", "date: 2014-11-11").replace(/funding:\n  - reserves-release\n/, "").replace("£4.8m", "money") };
    const r = await request(`${backend.origin}/api/v1`, { method: "POST", body: { action: "persistEntry", params: { branch: "main", entry, assets: [], options: { commitMessage: "Create entry", useWorkflow: false, status: "draft" } } } });
    expect([r.status, r.body]).toEqual([200, expect.anything()]);
    expect(await readFile(path.join(root, entry.path), "utf8")).toBe(entry.raw);
    expect(JSON.parse((await request(`${backend.origin}/api/report/check`)).body)).toEqual({ ok: true, problems: [] });

    const misspelt = await readFile(path.join(fixturesDir, "bad/unknown-kind.md"), "utf8");
    await writeFile(path.join(root, entry.path), misspelt.replace("date: 2014-11-10", "date: 2014-11-11"));
    const check = JSON.parse((await request(`${backend.origin}/api/report/check`)).body) as { ok: boolean; problems: { text: string }[] };
    expect(check.ok).toBe(false);
    expect(check.problems[0]!.text).toMatch(/^content\/2014\/2014-11-11-again\.md:5:7  kind: /);
  });

  it("keeps no media: content/ holds only entries, so there is nothing to list and no upload is taken", async () => {
    const list = await request(`${backend.origin}/api/v1`, { method: "POST", body: { action: "getMedia", params: { branch: "main", mediaFolder: "editor-media-unused" } } });
    expect([list.status, JSON.parse(list.body)]).toEqual([200, []]);
    const upload = await request(`${backend.origin}/api/v1`, { method: "POST", body: { action: "persistMedia", params: { branch: "main", asset: { path: "content/photo.jpg", content: "eA==", encoding: "base64" } } } });
    expect([upload.status, JSON.parse(upload.body).error]).toEqual([403, "The editor takes no uploads: the record holds entries and data only."]);
  });

  it("adds the entry form's money to the funding data: a new sum at its first stage, and a recorded sum's next stage", async () => {
    const file = path.join(root, "data/funding.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"stage": "approved"', '"stage": "recommended"'));
    const r = await request(`${backend.origin}/api/report/sums`, { method: "POST", body: {
      entry: "council-agrees",
      sums: [{ label: "Extra social workers", amountPence: 150_000_000, fund: "reserves", financialYear: "2014/15", stage: "approved", decidedBy: "cabinet", sources: ["council-statement"] }],
      stages: [{ sum: "reserves-release", stage: "approved", decidedBy: "cabinet", sources: ["council-statement"] }],
    } });
    expect([r.status, JSON.parse(r.body)]).toEqual([200, { ok: true, ids: ["reserves-release", "extra-social-workers"] }]);
    const sums = (JSON.parse(await readFile(file, "utf8")) as { sums: { id: string; stages: unknown[] }[] }).sums;
    expect(sums.find((s) => s.id === "reserves-release")!.stages.at(-1)).toEqual({ stage: "approved", entry: "council-agrees", decidedBy: "cabinet", sources: ["council-statement"] });
    expect(sums.at(-1)).toEqual({
      id: "extra-social-workers", label: "Extra social workers", amountPence: 150_000_000, fund: "reserves", financialYear: "2014/15",
      stages: [{ stage: "approved", entry: "council-agrees", decidedBy: "cabinet", sources: ["council-statement"] }],
    });
    const wrong = await request(`${backend.origin}/api/report/sums`, { method: "POST", body: { entry: "council-agrees", sums: [], stages: [{ sum: "no-such-sum", stage: "approved", decidedBy: "cabinet", sources: ["council-statement"] }] } });
    expect([wrong.status, JSON.parse(wrong.body)]).toEqual([400, { ok: false, problems: ['data/funding.json (new stage 1):1:1  sum: "no-such-sum" is not the id of a sum in data/funding.json'] }]);
  });

  it("serves the admin page with its own Content-Security-Policy, never to be indexed or framed", async () => {
    const r = await request(`${backend.origin}/admin/`);
    expect(r.status).toBe(200);
    expect(r.headers["content-security-policy"]).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(r.headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(r.body).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(r.body).not.toMatch(/<script>|<script(?![^>]*(src=|type="application\/json"))/);
  });
});
