import type { Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import type { BuiltSite } from "./built-site.ts";
import { describeElement, parsePage } from "./parse-page.ts";
import type { SiteProblem } from "./site-problem.ts";

/** An entity a reader should never see as text: the sign that something was escaped twice. */
const ENTITY_AS_TEXT = /&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/i;
/** Attributes people read or hear. */
const READ_ATTRIBUTES = ["title", "alt", "aria-label", "placeholder", "content"];

/**
 * Finds text escaped twice, which shows readers `children&#39;s` instead of `children's`:
 * an entity still visible after the browser has decoded the page once.
 */
export function checkEscaping(site: BuiltSite): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const page of site.pages) {
    const { elements, lineOf } = parsePage(page.html);
    const report = (element: Element, where: string, text: string) => {
      const match = ENTITY_AS_TEXT.exec(text)!;
      const start = Math.max(0, match.index - 30);
      problems.push({ page: page.url, rule: "escaped-twice", message: `line ${lineOf(element)}: ${where} shows "${match[0]}" to readers, in "${text.slice(start, match.index + 30)}"; the text was escaped twice` });
    };
    for (const element of elements) {
      if (element.name === "script" || element.name === "style") continue;
      for (const child of element.children) {
        if (child.type === "text" && ENTITY_AS_TEXT.test(DomUtils.getText(child))) report(element, `the text of <${element.name}>`, DomUtils.getText(child));
      }
      for (const name of READ_ATTRIBUTES) {
        const value = element.attribs[name];
        if (value !== undefined && ENTITY_AS_TEXT.test(value)) report(element, describeElement(element, [name]), value);
      }
    }
  }
  return problems;
}
