import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The ids the templates give elements: written out (`id="main"`), or around a record id (`id="source-{{ source.id }}"`). */
export interface TemplateAnchors {
  fixed: Set<string>;
  /** Text before and after the value of each id the templates fill in. */
  around: { before: string; after: string }[];
}

const ID_ATTRIBUTE = /\bid="([^"]*)"/g;
const FILLED = /\{\{[^}]*\}\}/;

/**
 * Every element id the templates under `includesDir` (recursively, .njk files) write, so a record
 * id that would repeat one (`main`, `scale`) can be reported before it breaks a page's anchors.
 * @example templateAnchors("_includes").fixed.has("main") // true
 */
export function templateAnchors(includesDir: string): TemplateAnchors {
  const anchors: TemplateAnchors = { fixed: new Set(), around: [] };
  if (!existsSync(includesDir)) return anchors;
  const files = readdirSync(includesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".njk"));
  const seen = new Set<string>();
  for (const file of files) {
    for (const [, value] of readFileSync(path.join(includesDir, file), "utf8").matchAll(ID_ATTRIBUTE)) {
      const filled = FILLED.exec(value!);
      if (!filled) anchors.fixed.add(value!);
      else {
        const before = value!.slice(0, filled.index);
        const after = value!.slice(filled.index + filled[0].length);
        if (FILLED.test(after) || seen.has(`${before}\0${after}`)) continue;
        seen.add(`${before}\0${after}`);
        anchors.around.push({ before, after });
      }
    }
  }
  return anchors;
}
