import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOnce } from "../../src/cli/check-command.ts";
import { loadSources } from "../../src/loaders/load-sources.ts";
import { WCAG_TAGS } from "../../src/site-checks/browser/check-accessibility.ts";
import { launchChromium } from "../../src/site-checks/browser/launch-chromium.ts";
import { browserChecksRun } from "../support/browser-gate.ts";
import { makeBuildable } from "../support/eleventy-project.ts";
import { minimalRecordWith, projectRoot } from "../support/fixture-record.ts";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const get = (url: string) =>
  new Promise<{ status: number; body: string; location?: string | undefined }>((resolve, reject) => {
    http.get(url, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, body, location: response.headers.location }));
    }).on("error", reject);
  });

const FILE = "content/2014/2014-11-20-cabinet-approves-2m-for-social-workers.md";

/** The entry as a person following CONTENT.md would write it by hand. */
const HAND_WRITTEN = `---
title: Cabinet approves £2m for social workers
date: 2014-11-20
datePrecision: day
kind: cabinet-decision
phase: response
summary: Cabinet agreed to spend £2m on more social workers.
sources:
  - council-statement
decidedBy:
  - cabinet
people:
  - martin-tett
funding:
  - more-social-workers
draft: true # shown by npm start, never published: delete this line when the entry is ready
---
Cabinet agreed £2m for more social workers. ([council statement](source:council-statement "Cabinet released £4.8m from reserves"))
`;

/**
 * The editor end to end, as a comms officer uses it: `npm start` on a copy of the minimal record,
 * /admin/ in Chromium, a new cabinet decision with a sum of money through the form.
 */
describe.skipIf(!browserChecksRun)("the editor at /admin/ of the preview (npm start)", () => {
  let root = "";
  let cleanup: (() => Promise<void>) | undefined;
  let server: ChildProcess | undefined;
  let output = "";
  let origin = "";
  let browser: Browser | undefined;
  let page: Page;
  const offSite: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ root, cleanup } = await minimalRecordWith());
    await makeBuildable(root);
    const [port, editorPort] = [await freePort(), await freePort()];
    server = spawn(
      path.join(projectRoot, "node_modules/.bin/tsx"),
      [path.join(projectRoot, "src/cli/preview.ts"), `--port=${port}`],
      { cwd: root, env: { ...process.env, AR_EDITOR_PORT: String(editorPort), NO_COLOR: "1" }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    server.stdout!.on("data", (chunk) => (output += String(chunk)));
    server.stderr!.on("data", (chunk) => (output += String(chunk)));
    origin = await waitFor("the preview to start", 60_000, async () => {
      if (server!.exitCode !== null) throw new Error(`The preview exited:\n${output}`);
      const address = /Server at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      return address && output.includes("Watching") ? address : undefined;
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("request", (r) => {
      if (!/^(http:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(r.url())) offSite.push(r.url());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      process.kill(-server.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
    }
    await cleanup?.();
  });

  const choose = async (scope: Page | ReturnType<Page["locator"]>, label: string, option: string) => {
    const input = scope.getByLabel(label, { exact: true }).first();
    await input.click();
    await input.fill(option.slice(0, 5));
    await page.getByRole("option", { name: option, exact: true }).first().click();
  };
  const publish = async () => {
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("Publish now").click();
  };
  const checkPanel = () => page.locator(".report-checks");
  const axeOnOurParts = async () => {
    const results = await new AxeBuilder({ page }).include(".report-checks").withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  };

  it("writes a new entry from the form exactly as it would be written by hand, which npm run check accepts and the preview shows", async () => {
    const redirect = await get(`${origin}/admin/`);
    expect(redirect.status).toBe(302);
    expect(redirect.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);

    await page.goto(`${origin}/admin/`);
    await page.getByRole("button", { name: "Login" }).click();
    await page.getByText("Cabinet decides").waitFor();
    expect(await axeOnOurParts()).toEqual([]);

    await page.locator("a[href$=\"/collections/entries/new\"]").click();
    await page.getByLabel("Title", { exact: true }).fill("Cabinet approves £2m for social workers");
    await page.getByLabel("Date", { exact: true }).fill("2014-11-20");
    await choose(page, "Kind", "Cabinet decision");
    await choose(page, "Phase", "The response");
    await page.getByLabel("Summary", { exact: true }).fill("Cabinet agreed to spend £2m on more social workers.");
    await choose(page, "Sources", "Council agrees plan");
    await choose(page, "Decided by (optional)", "Cabinet");
    await choose(page, "People (optional)", "Martin Tett");
    await page.getByRole("button", { name: /Add new sums of money/ }).click();
    const sum = page.locator("[id^=newSums-field]");
    await sum.getByLabel("Label", { exact: true }).fill("More social workers");
    await sum.getByLabel("Amount (£)", { exact: true }).fill("£2m");
    await choose(sum, "Fund", "General reserves");
    await sum.getByLabel("Financial year", { exact: true }).fill("2014/15");
    await choose(sum, "Stage", "Approved");
    await choose(sum, "Decided by", "Cabinet");
    await choose(sum, "Sources", "Council agrees plan");
    await page.getByLabel("Text", { exact: true }).fill('Cabinet agreed £2m for more social workers. ([council statement](source:council-statement "Cabinet released £4.8m from reserves"))');
    await publish();

    await expect.poll(() => checkPanel().innerText(), { timeout: 15_000 }).toContain("Saved “Cabinet approves £2m for social workers”. npm run check: all content is valid.");
    // Decap then edits the saved entry, by its path.
    await page.waitForURL(/#\/collections\/entries\/entries\/2014\/2014-11-20-cabinet-approves-2m-for-social-workers$/);
    expect(await readFile(path.join(root, FILE), "utf8")).toBe(HAND_WRITTEN);
    // One sum with its first stage, recorded by the new entry
    const funding = JSON.parse(await readFile(path.join(root, "data/funding.json"), "utf8")) as { sums: unknown[] };
    expect(funding.sums.at(-1)).toEqual({
      id: "more-social-workers", label: "More social workers", amountPence: 200_000_000, fund: "general-reserves", financialYear: "2014/15",
      stages: [{ stage: "approved", entry: "cabinet-approves-2m-for-social-workers", decidedBy: "cabinet", sources: ["council-statement"] }],
    });
    let said = "";
    expect(await checkOnce({ root, out: (t) => (said += t), err: (t) => (said += t) })).toBe(0);
    expect(said).toMatch(/^All content is valid: 2 entries \(1 draft\), 2 sums of money/);

    const link = page.getByRole("link", { name: "See the entry in the preview: /timeline/cabinet-approves-2m-for-social-workers/" });
    expect(await link.getAttribute("href")).toBe(`${origin}/timeline/cabinet-approves-2m-for-social-workers/`);
    const shown = await waitFor("the preview to show the new page", 30_000, async () => {
      const p = await get(`${origin}/timeline/cabinet-approves-2m-for-social-workers/`);
      return p.status === 200 ? p.body : undefined;
    });
    expect(shown).toContain("<h1>Cabinet approves £2m for social workers</h1>");
    expect(await axeOnOurParts()).toEqual([]);
  }, 120_000);

  it("shows npm run check's located message after a save with a mistake", async () => {
    // A month's precision on a date that is not the first of a month: a mistake only the whole check sees.
    await choose(page, "Date precision", "month");
    await publish();
    const message = `${FILE}:3:7  date: must be the first day of the month when datePrecision is month (expected 2014-11-01, got "2014-11-20")`;
    await expect.poll(() => checkPanel().innerText(), { timeout: 15_000 }).toContain(message);
    expect(await checkPanel().innerText()).toContain("npm run check finds 2 problems");
    expect(await axeOnOurParts()).toEqual([]);
  }, 60_000);

  it("adds a source as its own file in data/sources/, named from its title, with the copy held after the front matter", async () => {
    await page.goto(`${origin}/admin/#/collections/sources/new`);
    await page.getByLabel("Title", { exact: true }).fill("Cabinet minutes, 20 November 2014");
    await choose(page, "Kind", "Council statement");
    await page.getByLabel("Date", { exact: true }).fill("2014-11-20");
    await choose(page, "Publish", "in-full");
    await page.getByLabel("Copy held", { exact: true }).fill("Cabinet agreed £2m for more social workers.\n\nThe meeting closed at 9 pm.");
    await publish();
    const file = "data/sources/cabinet-minutes-20-november-2014.md";
    await waitFor(`${file} to be written`, 15_000, () => readFile(path.join(root, file), "utf8"));
    const loaded = await loadSources(root);
    const added = loaded.sources.find((s) => s.file === file);
    expect(added?.problems).toEqual([]);
    expect(added?.source).toMatchObject({ id: "cabinet-minutes-20-november-2014", title: "Cabinet minutes, 20 November 2014", kind: "council-statement", date: "2014-11-20", datePrecision: "day", publish: "in-full" });
    expect(added?.source?.text.trimEnd()).toBe("Cabinet agreed £2m for more social workers.\n\nThe meeting closed at 9 pm.");
  }, 60_000);

  it("fetches nothing from the network and throws no errors", () => {
    expect(offSite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
