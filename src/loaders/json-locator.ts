import { findNodeAtLocation, type Node } from "jsonc-parser";
import { positionAt } from "../problems/position-at.ts";
import type { Locate } from "../problems/problem.ts";

/**
 * Locates field paths in a JSON parse tree; a missing field points at its enclosing object.
 */
export function jsonLocator(root: Node, text: string): Locate {
  return (path, target = "value") => {
    const segments = path.map((p) => (typeof p === "number" ? p : String(p)));
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, segments.slice(0, n));
      if (!node) continue;
      if (n === segments.length && target === "key" && node.parent?.type === "property") {
        return positionAt(text, node.parent.offset);
      }
      return positionAt(text, node.offset);
    }
    return positionAt(text, root.offset);
  };
}
