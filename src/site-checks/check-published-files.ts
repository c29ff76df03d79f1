import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { UNSAFE_CHARACTER, codePoint } from "../problems/unsafe-characters.ts";
import { urlOfFile, type BuiltSite } from "./built-site.ts";
import { schemeOf } from "./page-urls.ts";
import { describeElement, parsePage } from "./parse-page.ts";
import type { SiteProblem } from "./site-problem.ts";

/** Markup a browser runs as a document of its own when opened: SVG, and XML (which may hold XHTML). */
const MARKUP = new Set([".svg", ".xml", ".rss", ".atom", ".xsl", ".xslt"]);
/** Text checked for control characters (which make XML malformed and hide text), and JSON for validity. */
const TEXT = new Set([".css", ".js", ".mjs", ".json", ".webmanifest", ".txt", ".csv", ".map", ""]);
/** Code, not content. */
const CODE = new Set([".js", ".mjs", ".map"]);
/** Binary types the site publishes; nothing in them can run in a page. */
const BINARY = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".woff", ".woff2", ".pdf", ".wasm"]);
/** Pagefind's compressed index files. */
const PAGEFIND = /^pagefind\/.*\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/;
/** Elements that run code, or embed another document that may. */
const ACTIVE = new Set(["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]);

/** Problems in one SVG or XML file: anything that runs code or loads from elsewhere when the file is opened. */
function markupProblems(page: string, text: string, extension: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const valid = XMLValidator.validate(text);
  if (valid !== true) problems.push({ page, rule: "malformed-xml", message: `line ${valid.err.line}: the file is not well-formed XML (${valid.err.msg})` });
  const { elements, lineOf } = parsePage(text);
  for (const element of elements) {
    const report = (rule: string, message: string) => problems.push({ page, rule, message: `line ${lineOf(element)}: ${message}` });
    const name = element.name.toLowerCase().replace(/^[^:]*:/, "");
    if (ACTIVE.has(name)) report("active-content", `${describeElement(element)} in a ${extension} file runs code or embeds a document when the file is opened`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(attribute)) report("inline-event-handler", `${describeElement(element, [attribute])} has an event handler, which runs code when the file is opened`);
      if (!/(^|:)(href|src)$/i.test(attribute)) continue;
      const scheme = schemeOf(value);
      if (scheme === "javascript" || scheme === "vbscript" || scheme === "data") report("unsafe-url", `${describeElement(element, [attribute])} is a ${scheme}: address`);
      else if ((scheme === "http" || scheme === "https" || value.startsWith("//")) && !["a", "link"].includes(name)) {
        report("third-party-resource", `${describeElement(element, [attribute])} loads from another host`);
      }
    }
  }
  return problems;
}

/**
 * Checks every published file that is not an HTML page, so no file type escapes the checks: SVG
 * and XML must be well-formed and hold nothing that runs (a script-bearing SVG at /assets/logo.svg
 * runs when opened), text must hold no control characters (feed.xml would be malformed), JSON
 * must parse, and a file of any type no check knows is reported rather than published unread.
 * @example checkPublishedFiles(await readBuiltSite("_site")) // [{ page: "/assets/logo.svg", rule: "active-content", … }]
 */
export function checkPublishedFiles(site: BuiltSite): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const pages = new Set(site.pages.map((p) => p.file));
  for (const file of site.files) {
    if (pages.has(file) || PAGEFIND.test(file)) continue;
    const page = urlOfFile(file);
    const extension = path.posix.extname(file).toLowerCase();
    if (BINARY.has(extension)) continue;
    if (!MARKUP.has(extension) && !TEXT.has(extension)) {
      problems.push({ page, rule: "unchecked-file-type", message: `a ${extension} file is published, a type no site check reads; publish only the types the checks know (src/site-checks/check-published-files.ts)` });
      continue;
    }
    const text = readFileSync(path.join(site.dir, file), "utf8");
    // Scripts are code from the project and its packages (Pagefind's hold control characters in
    // regular expressions); content reaches pages, feeds and downloads, which are checked.
    const control = CODE.has(extension) ? null : new RegExp(UNSAFE_CHARACTER.source, "gu").exec(text);
    if (control) {
      const line = text.slice(0, control.index).split("\n").length;
      problems.push({ page, rule: "control-character", message: `line ${line}: the file holds the control character ${codePoint(control[0])}, which no reader can see and XML forbids` });
    }
    if (MARKUP.has(extension)) problems.push(...markupProblems(page, text, extension));
    if (extension === ".json" || extension === ".webmanifest") {
      try {
        JSON.parse(text);
      } catch {
        problems.push({ page, rule: "bad-json", message: "the file is not valid JSON, so whatever reads it fails" });
      }
    }
  }
  return problems;
}
