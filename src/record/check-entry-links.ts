import { didYouMean } from "../problems/did-you-mean.ts";
import type { Problem } from "../problems/problem.ts";
import type { Entry } from "../schemas/entry.ts";
import { readBody, type BodyReading } from "./read-body.ts";

/** An entry page's address within the site: `/timeline/ID/`, with or without the slash or index.html. */
const ENTRY_PAGE = /^\/timeline\/([^/]+)\/?(?:index\.html)?$/;

/** The scheme an address starts with, if it has one (`source:x`, `https://…`). */
const OTHER_SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Links from a published entry to another entry's page must lead to a published entry: a link to a
 * draft is a dead link on the published site, and a link to no entry at all is dead everywhere.
 * Links are resolved as a browser would, from the entry's own page, so relative links count too.
 * @example checkEntryLinks(entries, "https://example.org/") // [{ field: "body", message: 'links to "/timeline/x/", the draft entry "x"…' }]
 */
export function checkEntryLinks(entries: readonly Entry[], siteUrl: string, read: (body: string) => BodyReading = readBody): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const site = new URL(siteUrl);
  const base = site.pathname.endsWith("/") ? site.pathname : `${site.pathname}/`;
  const siteRoot = new URL(base, site);
  for (const entry of entries) {
    if (entry.draft) continue;
    let page: URL | undefined;
    for (const { href, line, column } of read(entry.body).links) {
      // A citation (source:), mailto: or any other scheme than the site's never leads to one of its pages.
      const scheme = OTHER_SCHEME.exec(href)?.[1]?.toLowerCase();
      if (scheme !== undefined && `${scheme}:` !== site.protocol) continue;
      page ??= new URL(entry.url.slice(1), siteRoot);
      let target: URL;
      try {
        target = new URL(href, page);
      } catch {
        continue;
      }
      if (target.origin !== site.origin || !target.pathname.startsWith(base)) continue;
      const id = ENTRY_PAGE.exec(`/${target.pathname.slice(base.length)}`)?.[1];
      if (id === undefined || id === "kind" || id === "phase") continue;
      const at = { file: entry.file, line: entry.bodyLine + line - 1, column, field: "body" };
      const linked = byId.get(safeDecode(id));
      if (linked?.draft) {
        problems.push({ ...at, message: `links to ${JSON.stringify(href)}, the entry "${linked.id}", which is a draft and will not be published; publish that entry first or remove the link` });
      } else if (!linked) {
        const hint = didYouMean(id, [...byId.keys()]);
        problems.push({ ...at, message: `links to ${JSON.stringify(href)}, but no entry has that address${hint || " (an entry's address is /timeline/ then its file name without the date and .md)"}` });
      }
    }
  }
  return problems;
}
