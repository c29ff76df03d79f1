import matter from "gray-matter";
import { parseDocument, visit, type Document } from "yaml";
import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { quickYaml } from "./quick-yaml.ts";
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

class RefusedLanguage extends Error {}

const refuse = () => {
  throw new RefusedLanguage();
};
// gray-matter evaluates `---js` front matter with eval(); only YAML is accepted here.
const refused = { parse: refuse, stringify: refuse };

/**
 * Splits a Markdown file with gray-matter, parsing its front matter as YAML 1.2 core schema,
 * so `2014-02-30` stays the text the editor wrote (YAML 1.1 would roll it over to 2 March).
 */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const problemAt = (offset: number, message: string): FrontMatterResult => ({
    ok: false,
    problem: { file, ...positionAt(text, offset), field: "", message },
  });
  if (!/^---[^\S\r\n]*\r?\n/.test(text)) {
    if (/^---\S/.test(text)) return problemAt(3, "front matter must be YAML: start the file with a line holding only ---");
    return problemAt(0, "the file has no front matter (expected a first line of ---, then the fields, then a closing ---)");
  }
  if (!/\r?\n---[^\S\r\n]*(\r?\n|$)/.test(text.slice(3))) {
    return problemAt(0, "the front matter is never closed (expected a line holding only --- after the last field)");
  }

  let doc: Document | undefined;
  let quick = false;
  let parsed;
  try {
    parsed = matter(text, {
      language: "yaml",
      engines: {
        yaml: {
          parse: (yaml: string) => {
            // Most files are plain mappings: read them quickly and build the full document only
            // when a problem needs locating (docs/performance.md).
            const data = quickYaml(yaml);
            quick = data !== undefined;
            if (data) return data;
            doc = parseDocument(yaml, YAML_OPTIONS);
            if (doc.errors.length > 0) return {};
            return (doc.toJS({ maxAliasCount: 10 }) ?? {}) as object;
          },
          stringify: refuse,
        },
        javascript: refused,
        coffee: refused,
        json: refused,
        toml: refused,
      },
    });
  } catch (error) {
    if (error instanceof RefusedLanguage) return problemAt(3, "front matter must be YAML: start the file with a line holding only ---");
    throw error;
  }

  // The YAML text starts straight after the opening "---", so its offsets count from line 1.
  const yamlText = parsed.matter;
  if (doc && doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const unclosed = first.code === "MISSING_CHAR" ? unclosedQuoteStart(doc, first.pos[0]) : undefined;
    if (unclosed !== undefined) {
      const at = positionAt(yamlText, unclosed);
      return { ok: false, problem: { file, ...at, field: "", message: "the front matter is not valid YAML: this quoted text is never closed (expected a matching quote mark before the end of the value)" } };
    }
    const at = positionAt(yamlText, first.pos[0]);
    const what = first.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, problem: { file, ...at, field: "", message: `the front matter is not valid YAML: ${what}` } };
  }
  if (!quick && (doc === undefined || doc.contents === null)) {
    return problemAt(0, "the front matter is empty (expected the fields between the --- lines)");
  }
  const bodyOffset = text.length - parsed.content.length;
  let locator: Locate | undefined;
  const locate: Locate = (path, target) => (locator ??= yamlLocator(doc ?? parseDocument(yamlText, YAML_OPTIONS), yamlText, 0))(path, target);
  return {
    ok: true,
    value: {
      data: parsed.data,
      body: parsed.content,
      bodyLine: positionAt(text, bodyOffset).line,
      locate,
    },
  };
}
