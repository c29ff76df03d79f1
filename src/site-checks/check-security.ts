import type { Element } from "domhandler";
import type { BuiltSite } from "./built-site.ts";
import { isLoadedByPage, schemeOf, urlsOf } from "./page-urls.ts";
import { describeElement, parsePage, textOf } from "./parse-page.ts";
import { checkPublishedFiles } from "./check-published-files.ts";
import type { SiteProblem } from "./site-problem.ts";

/** Script types that hold data, not code: chart data islands and JSON-LD. */
export const DATA_SCRIPT_TYPES = new Set(["application/json", "application/ld+json"]);

/**
 * Sources a Content-Security-Policy directive may allow, beyond 'self' and 'none'. Anything else
 * ('unsafe-inline', 'unsafe-eval', other hosts, https:, *) would let injected or third-party code run.
 */
const EXTRA_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // Pagefind compiles its WebAssembly index; this allows WebAssembly only, never JavaScript eval.
  "script-src": ["'wasm-unsafe-eval'"],
  "img-src": ["data:"],
  "font-src": ["data:"],
  "worker-src": ["blob:"],
};
/** Directives that take sources; the others (sandbox, report-to…) are left alone. */
const isSourceDirective = (name: string) => name.endsWith("-src") || name === "base-uri" || name === "form-action";

/** Parses a policy into its directives: `default-src 'self'; img-src data:` → {default-src: ["'self'"], …}. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Checks what the browser would run or load from each page without a browser: a strict CSP meta
 * tag before anything it governs, no inline code or styles, no `javascript:`/`data:` links, and
 * nothing loaded from another host; and every other published file (checkPublishedFiles).
 */
export function checkSecurity(site: BuiltSite): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const page of site.pages) {
    const { elements, lineOf } = parsePage(page.html);
    const report = (rule: string, element: Element | undefined, message: string) =>
      problems.push({ page: page.url, rule, message: element ? `line ${lineOf(element)}: ${message}` : message });

    const cspIndex = elements.findIndex((e) => e.name === "meta" && (e.attribs["http-equiv"] ?? "").toLowerCase() === "content-security-policy");
    const csp = elements[cspIndex];
    if (!csp) {
      report("csp-missing", undefined, `the page has no <meta http-equiv="Content-Security-Policy"> (every page needs one; see _includes/layouts)`);
    } else {
      const governed = elements.slice(0, cspIndex).find((e) => e.name === "script" || e.name === "style" || e.name === "link");
      if (governed) report("csp-late", governed, `${describeElement(governed)} comes before the Content-Security-Policy meta tag, so the policy does not cover it`);
      const directives = parseCsp(csp.attribs.content ?? "");
      if (!directives.has("default-src")) report("csp-weak", csp, `the Content-Security-Policy has no default-src (expected default-src 'self')`);
      for (const [name, sources] of directives) {
        if (!isSourceDirective(name)) continue;
        const allowed = new Set(["'self'", "'none'", ...(EXTRA_SOURCES[name] ?? [])]);
        for (const source of sources) {
          if (!allowed.has(source.toLowerCase())) report("csp-weak", csp, `the Content-Security-Policy allows ${source} in ${name} (allowed there: ${[...allowed].join(" ")})`);
        }
      }
    }

    for (const element of elements) {
      for (const name of Object.keys(element.attribs)) {
        if (/^on/i.test(name)) report("inline-event-handler", element, `${describeElement(element, [name])} has an inline event handler; handle events in /assets/ scripts`);
      }
      if (element.attribs.style !== undefined) report("style-attribute", element, `${describeElement(element, ["style"])} has a style attribute; use a class in _includes/css/`);
      if (element.name === "style") report("style-element", element, `<style> element in the page; put the rules in _includes/css/`);
      if (element.name === "script" && element.attribs.src === undefined) {
        const type = (element.attribs.type ?? "").toLowerCase().trim();
        if (!DATA_SCRIPT_TYPES.has(type)) {
          report("inline-script", element, `${describeElement(element)} runs inline code "${textOf(element).slice(0, 40)}"; only JSON data islands may be inline`);
        } else {
          try {
            JSON.parse(textOf(element));
          } catch {
            report("bad-json-island", element, `${describeElement(element)} does not hold valid JSON, so it may have ended early or hold markup`);
          }
        }
      }
      for (const url of urlsOf(element)) {
        const scheme = schemeOf(url.value);
        const tag = describeElement(element, [url.attribute]);
        if (scheme === "javascript" || scheme === "vbscript") report("javascript-url", element, `${tag} is a ${scheme}: address, which runs code when followed`);
        else if (scheme === "data" && !(element.name === "img" || element.name === "source")) report("data-url", element, `${tag} is a data: address, which can carry a whole page or script`);
        else if ((scheme === "http" || scheme === "https" || url.value.startsWith("//")) && isLoadedByPage(url)) {
          report("third-party-resource", element, `${tag} loads from another host; self-host it under /assets/`);
        }
      }
    }
  }
  // Every other published file too: an SVG or XML file runs its own scripts when opened.
  problems.push(...checkPublishedFiles(site));
  return problems;
}
