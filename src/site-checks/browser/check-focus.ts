import type { Browser } from "playwright-core";
import type { BuiltSite } from "../built-site.ts";
import type { SiteProblem } from "../site-problem.ts";
import { visitEveryPage, type VisitOptions } from "./visit-pages.ts";

/** Tab presses per page at most: enough for every control of a long page, bounded for the full report. */
const MAX_TABS = 250;

interface FocusStop {
  /** The focused element's start tag, shortened, or null when focus left the page. */
  tag: string | null;
  text: string;
  /** Whether any property that shows focus differs from the same element unfocused. */
  visible: boolean;
  /** A stop already seen: focus has gone round the whole page. */
  repeated: boolean;
}

/**
 * Tabs through every page with the keyboard and checks that each element that takes focus looks
 * different when focused (outline, shadow, colours, underline, border or place) from how it looked before.
 */
export async function checkFocusVisible(browser: Browser, site: BuiltSite, siteUrl: string, options: VisitOptions = {}): Promise<SiteProblem[]> {
  const perPage = await visitEveryPage(browser, site, siteUrl, options, async ({ page, address, sitePage }) => {
    await page.goto(address, { waitUntil: "load" });
    // Remember how every element looks before anything has focus. Only what can be seen counts:
    // an outline of style none, or a border of width 0, shows nothing whatever its colour or offset.
    await page.evaluate(() => {
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        const outline = s.outlineStyle === "none" || parseFloat(s.outlineWidth) === 0 ? "none" : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`;
        const borders = ["top", "right", "bottom", "left"].map((side) =>
          parseFloat(s.getPropertyValue(`border-${side}-width`)) === 0 ? "none" : ["width", "style", "color"].map((p) => s.getPropertyValue(`border-${side}-${p}`)).join(" "),
        );
        const decoration = `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationColor} ${s.textDecorationThickness}`;
        // Where it is: a skip link moves into view when focused.
        const placement = `${s.position} ${s.left} ${s.top} ${s.clip} ${s.clipPath} ${s.transform} ${s.opacity}`;
        return [outline, s.boxShadow, s.backgroundColor, s.color, decoration, ...borders, placement].join(" | ");
      };
      const before = new Map<Element, string>();
      for (const el of document.querySelectorAll("*")) before.set(el, look(el));
      (window as unknown as { __focusCheck: unknown }).__focusCheck = { look, before, seen: new Set<Element>() };
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const problems: SiteProblem[] = [];
    let stops = 0;
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate((): FocusStop => {
        const state = (window as unknown as { __focusCheck: { look: (el: Element) => string; before: Map<Element, string>; seen: Set<Element> } }).__focusCheck;
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return { tag: null, text: "", visible: true, repeated: false };
        const repeated = state.seen.has(el);
        state.seen.add(el);
        const attrs = ["id", "href", "name", "type"].filter((a) => el.hasAttribute(a)).map((a) => ` ${a}="${el.getAttribute(a)}"`).join("");
        const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
        return { tag: `<${el.tagName.toLowerCase()}${attrs}>`, text, visible: state.before.get(el) !== state.look(el), repeated };
      });
      if (stop.tag === null || stop.repeated) break;
      stops++;
      if (!stop.visible) {
        problems.push({ page: sitePage.url, rule: "focus-visible", message: `${stop.tag}${stop.text ? ` "${stop.text}"` : ""} looks the same focused as unfocused when reached with the Tab key; give it a visible focus style` });
      }
    }
    // Guards against a check that passes because the keyboard reached nothing at all.
    if (stops === 0 && /<a\s[^>]*href=|<button[\s>]|<input[\s>]|<select[\s>]|<textarea[\s>]/i.test(sitePage.html)) {
      problems.push({ page: sitePage.url, rule: "focus-visible", message: "the Tab key reaches none of the page's links or controls" });
    }
    return problems;
  });
  return perPage.flat();
}
