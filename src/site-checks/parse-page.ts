import type { Document, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

/** A page parsed once for the static checks: every element in document order, and where each starts. */
export interface ParsedPage {
  document: Document;
  elements: Element[];
  /** The 1-based line an element's start tag is on. */
  lineOf: (element: Element) => number;
}

/** Parses a built page the way the static checks need it. */
export function parsePage(html: string): ParsedPage {
  const document = parseDocument(html, { withStartIndices: true });
  const lineStarts = [0];
  for (let i = html.indexOf("\n"); i !== -1; i = html.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (element: Element): number => {
    const index = element.startIndex ?? 0;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return { document, elements: DomUtils.findAll(() => true, document.children), lineOf };
}

/**
 * An element's start tag, shortened, as a person would search for it in the page source.
 * @example describeElement(img) // '<img src="/a.png">'
 */
export function describeElement(element: Element, only?: readonly string[]): string {
  const attributes = Object.entries(element.attribs)
    .filter(([name]) => !only || only.includes(name))
    .map(([name, value]) => (value === "" ? ` ${name}` : ` ${name}="${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`))
    .join("");
  return `<${element.name}${attributes}>`;
}

/** The text inside an element, whitespace collapsed. */
export const textOf = (element: Element): string => DomUtils.textContent(element).replace(/\s+/g, " ").trim();
