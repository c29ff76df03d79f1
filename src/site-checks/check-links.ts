import type { BuiltPage, BuiltSite } from "./built-site.ts";
import { describeElement, parsePage, type ParsedPage } from "./parse-page.ts";
import { urlsOf } from "./page-urls.ts";
import type { SiteProblem } from "./site-problem.ts";

/** A host name that cannot exist, so every address can be resolved as a URL without a real origin. */
const ORIGIN = "http://site.invalid";

export interface LinkCheckOptions {
  /** The path prefix the site was built with, e.g. `/some/prefix/`; `/` when hosted at the domain root. */
  pathPrefix?: string;
}

/** Normalises a path prefix to start and end with a slash: `repo` → `/repo/`. */
export const normalisePrefix = (prefix = "/"): string => `/${prefix}/`.replace(/\/+/g, "/");

/** The file a path inside the site is served from, as GitHub Pages resolves it, or undefined. */
function resolveFile(site: BuiltSite, sitePath: string): string | undefined {
  const candidates = sitePath === "" || sitePath.endsWith("/") ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`, `${sitePath}.html`];
  return candidates.find((c) => site.files.has(c));
}

/**
 * Checks that every internal link, image, script, stylesheet and `#fragment` of every page
 * resolves to a file (and element) of the built site, as it would when served under `pathPrefix`.
 * Addresses on other hosts are not fetched (tests run offline; links to sources are checked by hand).
 */
export function checkLinks(site: BuiltSite, options: LinkCheckOptions = {}): SiteProblem[] {
  const prefix = normalisePrefix(options.pathPrefix);
  const pagesByFile = new Map(site.pages.map((p) => [p.file, p]));
  const parsedCache = new Map<string, ParsedPage>();
  const parsedOf = (page: BuiltPage): ParsedPage => {
    let parsed = parsedCache.get(page.file);
    if (!parsed) parsedCache.set(page.file, (parsed = parsePage(page.html)));
    return parsed;
  };
  const idCache = new Map<string, Set<string>>();
  const idsOf = (page: BuiltPage): Set<string> => {
    let ids = idCache.get(page.file);
    if (!ids) {
      ids = new Set<string>();
      for (const el of parsedOf(page).elements) {
        if (el.attribs.id !== undefined) ids.add(el.attribs.id);
        if (el.name === "a" && el.attribs.name !== undefined) ids.add(el.attribs.name);
      }
      idCache.set(page.file, ids);
    }
    return ids;
  };

  const problems: SiteProblem[] = [];
  for (const page of site.pages) {
    const parsed = parsedOf(page);
    const base = `${ORIGIN}${prefix}${page.url.slice(1)}`;
    for (const element of parsed.elements) {
      for (const { attribute, value } of urlsOf(element)) {
        let url: URL;
        try {
          url = new URL(value, base);
        } catch {
          problems.push({ page: page.url, rule: "bad-url", message: `line ${parsed.lineOf(element)}: ${describeElement(element, [attribute])} is not a valid address` });
          continue;
        }
        if (url.origin !== ORIGIN) continue; // another host, mailto:, tel: (javascript: and data: are the security check's)
        const where = `line ${parsed.lineOf(element)}: ${describeElement(element, [attribute])}`;
        const pathname = decodeURIComponent(url.pathname);
        if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) {
          problems.push({
            page: page.url,
            rule: "outside-path-prefix",
            message: `${where} points outside the path prefix ${prefix}, so it breaks when the site is hosted there (write root-relative URLs like "/sources/" in templates; the build adds the prefix)`,
          });
          continue;
        }
        const sitePath = pathname.slice(prefix.length);
        const file = resolveFile(site, sitePath);
        if (file === undefined) {
          problems.push({ page: page.url, rule: "dead-link", message: `${where} points to ${pathname}, but the built site has no such page or file` });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        const target = pagesByFile.get(file);
        if (fragment === "" || fragment === "top" || !target) continue;
        if (!idsOf(target).has(fragment)) {
          problems.push({ page: page.url, rule: "dead-fragment", message: `${where} points to #${fragment}, but ${target.url} has no element with id="${fragment}"` });
        }
      }
    }
  }
  return problems;
}
