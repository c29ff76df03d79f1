import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { positionAt } from "../problems/position-at.ts";
import type { Locate, Problem } from "../problems/problem.ts";
import { jsonLocator } from "./json-locator.ts";

export type JsonResult = { ok: true; data: unknown; locate: Locate } | { ok: false; problem: Problem };

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
};

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Parses strict JSON (no comments, no trailing commas), reporting the first syntax error's line and column. */
export function parseJson(text: string, file: string): JsonResult {
  // JSON.parse is strict JSON and fast; the parse tree, several times slower, is built only to
  // explain a syntax error or to locate a problem (docs/performance.md).
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return explainJsonError(text, file, error);
  }
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
  // jsonc-parser saw nothing wrong where JSON.parse did: JSON.parse's own error is all there is to say.
  throw error;
}
