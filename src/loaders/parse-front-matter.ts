import { isAlias, isNode, parseDocument, visit, type Document } from "yaml";
import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { quickYaml } from "./quick-yaml.ts";
import { splitFrontMatter } from "./split-front-matter.ts";
import { yamlLocator } from "./yaml-locator.ts";

/** A Markdown file split into its front matter (not yet validated) and its body. */
export interface FrontMatterFile {
  data: unknown;
  body: string;
  /** 1-based line on which the body starts, for locating problems found in it. */
  bodyLine: number;
  locate: Locate;
}

export type FrontMatterResult = { ok: true; value: FrontMatterFile } | { ok: false; problem: Problem };

/** YAML reports an unclosed quote where the file ends; the editor needs where the quote opened. */
function unclosedQuoteStart(doc: Document, errorOffset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[1] >= errorOffset && start === undefined) start = node.range[0];
    },
  });
  return start;
}

const YAML_OPTIONS = { schema: "core", uniqueKeys: true, prettyErrors: false } as const;

/**
 * The first YAML feature front matter does not allow, located: an alias (`*name`: a copy of
 * another value, which can also multiply one value into millions) or an explicit tag (`!!binary`,
 * `!!timestamp`, `!anything`), which turns text into other kinds of value. Plain values need neither.
 */
function refusedFeature(doc: Document, yaml: string): { offset: number; message: string } | undefined {
  let found: { offset: number; message: string } | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = { offset: node.range?.[0] ?? 0, message: `the front matter uses the YAML alias *${node.source}; write the value out in full instead` };
      return visit.BREAK;
    },
    Node(_key, node) {
      if (!isNode(node) || isAlias(node) || node.tag === undefined) return undefined;
      const start = node.range?.[0] ?? 0;
      // The node starts at its value; the tag is the last word before it that starts with "!".
      const tag = /(!\S*)\s*$/.exec(yaml.slice(0, start));
      found = { offset: tag?.index ?? start, message: `the front matter uses the YAML tag ${tag?.[1] ?? node.tag}, which is not allowed; remove it and write the value as plain text` };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Splits a Markdown file at its `---` lines and parses the front matter as YAML 1.2 core schema,
 * so `2014-02-30` stays the text the editor wrote (YAML 1.1 would roll it over to 2 March).
 * Only YAML is read: no other front-matter language, no aliases, no tags.
 */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const split = splitFrontMatter(text, file);
  if (!split.ok) return split;
  const { yaml, body, bodyOffset } = split;
  const problemAt = (offset: number, message: string): FrontMatterResult => ({ ok: false, problem: { file, ...positionAt(yaml, offset), field: "", message } });

  // Most files are plain mappings: read them quickly and build the full document only when a
  // problem needs locating (docs/performance.md). Anchors, aliases and tags always take the full parser.
  let data: unknown = quickYaml(yaml);
  let doc: Document | undefined;
  if (data === undefined) {
    try {
      doc = parseDocument(yaml, YAML_OPTIONS);
    } catch {
      return problemAt(0, "the front matter cannot be read: it is nested too deeply (write each field on its own line)");
    }
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!;
      const unclosed = first.code === "MISSING_CHAR" ? unclosedQuoteStart(doc, first.pos[0]) : undefined;
      if (unclosed !== undefined) return problemAt(unclosed, "the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)");
      // prettyErrors is off, so the message names no line or column of its own: ours are the file's.
      const what = first.message.split("\n")[0]!;
      if (/call stack/i.test(what)) return problemAt(first.pos[0], "the front matter cannot be read: it is nested too deeply (write each field on its own line)");
      return problemAt(first.pos[0], `the front matter is not valid YAML: ${what}`);
    }
    const refused = refusedFeature(doc, yaml);
    if (refused) return problemAt(refused.offset, refused.message);
    if (doc.contents === null) return { ok: false, problem: { file, line: 1, column: 1, field: "", message: "the front matter is empty (expected the fields between the --- lines)" } };
    try {
      data = doc.toJS() ?? {};
    } catch {
      return problemAt(0, "the front matter cannot be read: it is nested too deeply (write each field on its own line)");
    }
  }
  let locator: Locate | undefined;
  const locate: Locate = (path, target) => (locator ??= yamlLocator(doc ?? parseDocument(yaml, YAML_OPTIONS), yaml, 0))(path, target);
  return { ok: true, value: { data, body, bodyLine: positionAt(text, bodyOffset).line, locate } };
}
