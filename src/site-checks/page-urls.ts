import type { Element } from "domhandler";

/** Attributes that hold an address, by element; `srcset` holds several. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"],
  input: ["src"],
  use: ["href", "xlink:href"],
  image: ["href", "xlink:href"],
};

/**
 * The scheme an address starts with, in lower case, or "" for a relative address. Browsers drop
 * tabs and newlines anywhere in a URL, and spaces and control characters around it, before reading
 * its scheme, so `java\tscript:` is still javascript:. Every such character is dropped here, which
 * can only find a scheme more often (the safe side). Only the start counts, so
 * `/go?to=https://…` is an address of this site.
 * @example schemeOf(" JavaScript:alert(1)") // "javascript"
 */
export const schemeOf = (value: string): string => (/^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ""))?.[1] ?? "").toLowerCase();

/** An address written in a page, with the element and attribute it came from. */
export interface PageUrl {
  element: Element;
  attribute: string;
  value: string;
}

/** Every address an element refers to, `srcset` candidates included. */
export function urlsOf(element: Element): PageUrl[] {
  const names = URL_ATTRIBUTES[element.name];
  if (!names) return [];
  const found: PageUrl[] = [];
  for (const attribute of names) {
    const raw = element.attribs[attribute];
    if (raw === undefined) continue;
    const values = attribute === "srcset" ? raw.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [raw.trim()];
    for (const value of values) if (value !== "") found.push({ element, attribute, value });
  }
  return found;
}

/** `<link rel>` values that make the browser fetch something; the others (canonical, alternate…) only name an address. */
const FETCHING_RELS = new Set(["stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "prefetch", "modulepreload", "preconnect", "dns-prefetch", "prerender"]);

/** Whether the browser loads this address by itself while showing the page (unlike a link someone follows). */
export function isLoadedByPage({ element }: PageUrl): boolean {
  if (element.name === "a" || element.name === "area" || element.name === "form") return false;
  if (element.name === "link") return (element.attribs.rel ?? "").toLowerCase().split(/\s+/).some((rel) => FETCHING_RELS.has(rel));
  return true;
}
