import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuiltSite } from "../../src/site-checks/built-site.ts";
import { checkPublishedFiles } from "../../src/site-checks/check-published-files.ts";
import { formatSiteProblems } from "../../src/site-checks/site-problem.ts";

// Every kind of file the site may publish besides its pages, one at a time: what each is checked for.
let root = "";
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ar-file-types-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The report of the published-files check on a site holding only these files. */
async function reportOn(files: Record<string, string>): Promise<string> {
  const dir = path.join(root, String(n++));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return formatSiteProblems(checkPublishedFiles(await readBuiltSite(dir)));
}
const svg = (inside: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inside}</svg>`;

describe("published files that are markup a browser opens as a document", () => {
  it.each([".svg", ".xml", ".rss", ".atom", ".xsl", ".xslt", ".SVG"])("looks inside a %s file for code", async (extension) => {
    expect(await reportOn({ [`assets/file${extension}`]: svg("<script>alert(1)</script>") })).toMatch(/active-content: line 1: <script> in a \.(svg|xml|rss|atom|xsl|xslt) file runs code/);
  });

  it.each(["script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "svg:script", "SCRIPT"])("reports <%s>, which runs code or embeds a document", async (element) => {
    expect(await reportOn({ "logo.svg": svg(`<${element}>x</${element}>`) })).toMatch(/^\/logo\.svg {2}active-content: line 1: <[^>]+> in a \.svg file runs code or embeds a document when the file is opened\n1 problem on 1 page\.$/);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', "javascript"],
    ['<a href=" JavaScript:alert(1)">x</a>', "javascript"],
    ['<a href="java&#9;script:alert(1)">x</a>', "javascript"],
    ['<a xlink:href="vbscript:msgbox(1)">x</a>', "vbscript"],
    ['<image src="data:image/svg+xml,x"/>', "data"],
  ])("reports %s as a %s: address", async (element, scheme) => {
    expect(await reportOn({ "logo.svg": svg(element) })).toMatch(new RegExp(`unsafe-url: line 1: <[^>]+> is a ${scheme}: address\\n1 problem on 1 page\\.$`));
  });

  it("reports an event handler however its name is written", async () => {
    expect(await reportOn({ "logo.svg": svg("<g ONCLICK=\"x()\"/>") })).toMatch(/inline-event-handler: line 1: <g onclick="x\(\)"> has an event handler/);
  });

  it("takes only attributes whose names start with on for event handlers", async () => {
    expect(await reportOn({ "logo.svg": svg('<g transform-origin="center"/>', ' version="1.1"') })).toBe("");
  });

  it("reports an image or stylesheet loaded from another host, but not a link to one", async () => {
    const report = await reportOn({
      "logo.svg": svg('<image href="//cdn.example/a.png"/><image xlink:href="http://cdn.example/b.png"/><use href="https://cdn.example/c.svg#x"/><a href="https://example.org/">x</a>'),
    });
    expect(report.match(/third-party-resource/g)).toHaveLength(3);
    expect(report).not.toContain("<a href");
  });

  it("leaves addresses within the site and attributes that only look like addresses", async () => {
    expect(await reportOn({ "logo.svg": svg('<image href="/assets/a.png" data-href="javascript:x" srcset="javascript:y"/><image href="/go?to=https://cdn.example/a.png"/><a href="#top" data-src="https://cdn.example/x">x</a>') })).toBe("");
  });

  it("reports a file that is not well-formed XML, at its line", async () => {
    expect(await reportOn({ "feed.atom": "<feed>\n<entry>\n</feed>" })).toMatch(/^\/feed\.atom {2}malformed-xml: line 3: the file is not well-formed XML/);
  });
});

describe("published text files", () => {
  it.each([".css", ".json", ".webmanifest", ".txt", ".csv", ".xml", ""])("reports a control character in a %s file, at its line", async (extension) => {
    const text = extension === ".json" || extension === ".webmanifest" ? '{\n"a": "\u001b"}' : extension === ".xml" ? "<a>\n\u001b</a>" : "first\n\u001b";
    expect(await reportOn({ [`files/data${extension}`]: text })).toContain(`control-character: line 2: the file holds the control character U+001B, which no reader can see and XML forbids`);
  });

  it.each([".js", ".mjs", ".map"])("leaves the control characters of code in a %s file (the project's and its packages' own)", async (extension) => {
    expect(await reportOn({ [`assets/code${extension}`]: "const re = /\u0001/;" })).toBe("");
  });

  it.each([".json", ".webmanifest"])("reports a %s file that is not valid JSON, and passes one that is", async (extension) => {
    expect(await reportOn({ [`a${extension}`]: "{ not json" })).toBe(`/a${extension}  bad-json: the file is not valid JSON, so whatever reads it fails\n1 problem on 1 page.`);
    expect(await reportOn({ [`a${extension}`]: '{"name": "ok"}' })).toBe("");
  });
});

describe("published files of other types", () => {
  it.each([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".woff", ".woff2", ".pdf", ".wasm", ".PNG"])("leaves a %s file unread: nothing in it runs in a page", async (extension) => {
    expect(await reportOn({ [`assets/file${extension}`]: "\u0001<script>alert(1)</script>" })).toBe("");
  });

  it.each(["pf_fragment", "pf_index", "pf_meta", "pf_filter", "pagefind"])("leaves Pagefind's .%s files in pagefind/ unread, and no such file elsewhere", async (type) => {
    expect(await reportOn({ [`pagefind/x.${type}`]: "\u0001binary", [`pagefind/fragment/y.${type}`]: "\u0001binary" })).toBe("");
    expect(await reportOn({ [`assets/pagefind/x.${type}`]: "\u0001" })).toMatch(new RegExp(`unchecked-file-type: a \\.${type} file is published`));
    expect(await reportOn({ [`pagefind/x.${type}.old`]: "\u0001" })).toMatch(/unchecked-file-type: a \.old file is published/);
  });

  it("reports a file of a type no check reads", async () => {
    expect(await reportOn({ "notes.docx": "x" })).toBe(
      "/notes.docx  unchecked-file-type: a .docx file is published, a type no site check reads; publish only the types the checks know (src/site-checks/check-published-files.ts)\n1 problem on 1 page.",
    );
  });
});

describe("which published files are pages, and their addresses", () => {
  it("reads only files whose names end in .html (or .htm, .xhtml) as pages, at the address each is served at", async () => {
    const dir = path.join(root, "pages-and-not");
    for (const [file, text] of Object.entries({ "b/index.html": "<p>b</p>", "c.HTM": "<p>c</p>", "a.html.txt": "<p>not a page</p>", "notes/index.html.bak": "old" })) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    const site = await readBuiltSite(dir);
    expect(site.pages.map((p) => `${p.file} ${p.url}`)).toEqual(["b/index.html /b/", "c.HTM /c.HTM"]);
    expect(await reportOn({ "notes/index.html.bak": "old" })).toBe("/notes/index.html.bak  unchecked-file-type: a .bak file is published, a type no site check reads; publish only the types the checks know (src/site-checks/check-published-files.ts)\n1 problem on 1 page.");
  });
});
