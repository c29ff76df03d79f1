/**
 * vitest global setup: builds the shipped record once per test run, twice: at the domain root and
 * below a path prefix (as a GitHub Pages project site is), into a temporary folder the site tests
 * share. Also says loudly when the browser checks cannot run.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath, INSTALL_HINT, isChromiumInstalled } from "../../src/site-checks/browser/launch-chromium.ts";
import { buildSite } from "./build-site.ts";

export const SITE_PREFIX = "/some/prefix/";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shipped record, built at the domain root. */
    siteDir: string;
    /** The shipped record, built with --pathprefix=SITE_PREFIX. */
    prefixedSiteDir: string;
    sitePrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), "ar-site-"));
  const siteDir = path.join(dir, "root");
  const prefixedSiteDir = path.join(dir, "prefixed");
  await Promise.all([buildSite({ output: siteDir }), buildSite({ output: prefixedSiteDir, pathPrefix: SITE_PREFIX })]);
  project.provide("siteDir", siteDir);
  project.provide("prefixedSiteDir", prefixedSiteDir);
  project.provide("sitePrefix", SITE_PREFIX);
  if (!isChromiumInstalled()) {
    const line = "!".repeat(78);
    const what = process.env.CI === "true" ? "CI=true, so the browser checks will FAIL." : "The browser checks (accessibility, focus, charts, JavaScript off, requests) are SKIPPED.";
    process.stderr.write(`\n${line}\n!! Chromium is not installed at ${chromiumPath()}.\n!! ${what}\n!! Install it: ${INSTALL_HINT}\n${line}\n\n`);
  }
  return () => rm(dir, { recursive: true, force: true });
}
