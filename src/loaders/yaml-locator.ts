import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import { positionAt } from "../problems/position-at.ts";
import type { Locate } from "../problems/problem.ts";

/**
 * Locates field paths in a parsed YAML document. The position of a missing field
 * is the start of the nearest enclosing node that exists, so the editor lands in the right block.
 * `lineOffset` accounts for lines before the YAML (the opening `---` of front matter).
 */
export function yamlLocator(doc: Document, text: string, lineOffset: number): Locate {
  const at = (offset: number) => positionAt(text, offset, lineOffset);
  return (path, target = "value") => {
    let node: unknown = doc.contents;
    let best = node && (node as Node).range ? (node as Node).range![0] : 0;
    for (let i = 0; i < path.length; i++) {
      const part = path[i];
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
        if (!pair) break;
        const key = pair.key as Node;
        if (isLast && target === "key") return at(key.range![0]);
        const value = pair.value as Node | null;
        // `field:` with nothing after it has an empty value just after the colon, where the value
        // would go; a name with no value at all (`? field`) has none: point at the name.
        if (!value || !value.range) return at(key.range![0]);
        node = value;
        best = value.range[0];
      } else if (isSeq(node) && typeof part === "number") {
        const item = node.items[part] as Node | undefined;
        if (!item || !item.range) break;
        node = item;
        best = item.range[0];
      } else break;
    }
    return at(best);
  };
}
