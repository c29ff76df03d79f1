import { parseTree, printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { jsonLocator } from "./json-locator.ts";

export type JsonResult = { ok: true; data: unknown; locate: Locate } | { ok: false; problem: Problem; problems?: Problem[] };

const explain: Record<string, string> = {
  PropertyNameExpected: "a field name in double quotes was expected here",
  ValueExpected: "a value was expected here",
  CommaExpected: "a comma was expected here (between two fields or list items)",
  ColonExpected: "a colon was expected here (after the field name)",
  CloseBraceExpected: "a closing } was expected here",
  CloseBracketExpected: "a closing ] was expected here",
  EndOfFileExpected: "the file should end here",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a text value is not closed with a double quote",
  InvalidSymbol: "this is not valid JSON (text values need double quotes)",
  InvalidNumberFormat: "this number is not written as JSON writes numbers (digits, then an optional . and digits)",
  UnexpectedEndOfNumber: "this number is cut short (expected digits after its . or e)",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  InvalidEscapeCharacter: "a backslash in a text value must start an escape such as \\n or \\\" (write \\\\ for a backslash itself)",
  InvalidUnicode: "a \\u escape needs four hexadecimal digits, such as \\u00e9",
  InvalidCharacter: "a text value holds a tab or another control character; write a tab as \\t",
};

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Deeper than any record needs, and far short of where a parser runs out of stack. */
export const MAX_DEPTH = 32;

/** Offset of the first bracket that opens a list or object deeper than MAX_DEPTH, outside strings. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/**
 * The second and later uses of a field name within one object, located at the name. JSON.parse
 * keeps the last silently: a reviewer reads the first value, the site shows the other.
 */
function duplicateKeys(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (name, offset) => {
      const seen = open[open.length - 1];
      if (!seen) return;
      if (seen.has(name)) {
        problems.push({ file, ...positionAt(text, offset), field: "", message: `the field ${JSON.stringify(name)} appears twice in the same object; keep one (JSON would silently use the last)` });
      }
      seen.add(name);
    },
  }, STRICT);
  return problems;
}

/** Parses strict JSON (no comments, no trailing commas), reporting the first syntax error's line and column. */
export function parseJson(text: string, file: string): JsonResult {
  // JSON.parse is strict JSON and fast; the parse tree, several times slower, is built only to
  // explain a syntax error or to locate a problem (docs/performance.md).
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return { ok: false, problem: { file, ...positionAt(text, deep), field: "", message: `the file is nested too deeply: lists and objects may be nested at most ${MAX_DEPTH} levels` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return explainJsonError(text, file, error);
  }
  const duplicates = duplicateKeys(text, file);
  if (duplicates.length > 0) return { ok: false, problem: duplicates[0]!, problems: duplicates };
  let locator: Locate | undefined;
  const locate: Locate = (path, target) => (locator ??= jsonLocator(parseTree(text, [], STRICT)!, text))(path, target);
  return { ok: true, data, locate };
}

function explainJsonError(text: string, file: string, error: unknown): JsonResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT);
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : "ValueExpected";
    // A comma before a closing bracket is the commonest JSON mistake; point at the comma itself.
    const trailing = first ? /,\s*$/.exec(text.slice(0, first.offset)) : null;
    if (trailing && /^\s*[\]}]/.test(text.slice(first!.offset))) {
      const at = positionAt(text, trailing.index);
      return { ok: false, problem: { file, ...at, field: "", message: "the file is not valid JSON: remove this comma (JSON allows no comma after the last item of a list or the last field)" } };
    }
    const at = positionAt(text, first?.offset ?? 0);
    return { ok: false, problem: { file, ...at, field: "", message: `the file is not valid JSON: ${explain[code] ?? code}` } };
  }
  // jsonc-parser saw nothing wrong where JSON.parse did: JSON.parse's own words are all there is to say.
  const said = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: { file, line: 1, column: 1, field: "", message: `the file is not valid JSON: ${said}` } };
}
