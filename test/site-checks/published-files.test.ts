import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuiltSite, type BuiltSite } from "../../src/site-checks/built-site.ts";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { formatSiteProblems } from "../../src/site-checks/site-problem.ts";
import { fixturesDir } from "../support/fixture-record.ts";

// Issue 9: the site checks read only .html files, so a script-bearing SVG published by a template
// at /assets/logo.svg, or a malformed feed.xml, passed every check.
describe("the security check over every published file, not only the pages", () => {
  let dir = "";
  let site: BuiltSite;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ar-published-"));
    await cp(path.join(fixturesDir, "published-files"), dir, { recursive: true });
    await rm(path.join(dir, "README.md"));
    site = await readBuiltSite(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reports scripts, handlers and outside loads in SVG and XML, control characters, broken XML and JSON, and file types no check reads", () => {
    expect(formatSiteProblems(checkSecurity(site))).toBe([
      "/assets/logo.svg  active-content: line 2: <script> in a .svg file runs code or embeds a document when the file is opened",
      '/assets/logo.svg  inline-event-handler: line 1: <svg onload="alert(1)"> has an event handler, which runs code when the file is opened',
      '/assets/logo.svg  third-party-resource: line 3: <image href="https://tracker.example/pixel.png"> loads from another host',
      '/assets/logo.svg  unsafe-url: line 4: <a href="javascript:alert(2)"> is a javascript: address',
      "/data.json  bad-json: the file is not valid JSON, so whatever reads it fails",
      "/feed.xml  control-character: line 2: the file holds the control character U+001B, which no reader can see and XML forbids",
      "/notes.weird  unchecked-file-type: a .weird file is published, a type no site check reads; publish only the types the checks know (src/site-checks/check-published-files.ts)",
      '/page.xhtml  csp-missing: the page has no <meta http-equiv="Content-Security-Policy"> (every page needs one; see _includes/layouts)',
      '/page.xhtml  inline-script: line 1: <script> runs inline code "alert(3)"; only JSON data islands may be inline',
      "/sitemap.xml  malformed-xml: line 2: the file is not well-formed XML (Unclosed tag 'urlset'.)",
      "10 problems on 6 pages.",
    ].join("\n"));
  });
});
