import { readFileSync } from "node:fs";
import { positionAt } from "../problems/position-at.ts";
import type { Problem } from "../problems/problem.ts";

/** Result of reading a file as text: its text, or the one problem that stopped it. */
export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Reads a file as UTF-8, reporting the line and column of the first byte that is not UTF-8
 * (a file saved as Windows-1252 from a word processor is the usual cause).
 */
export async function readTextFile(absolutePath: string, file: string): Promise<TextResult> {
  // Read synchronously: for thousands of small files the promise API's round trips through the
  // thread pool cost ten times the reads themselves (docs/performance.md).
  const bytes = readFileSync(absolutePath);
  try {
    // A byte-order mark is legal UTF-8 but would hide the front matter's opening line.
    return { ok: true, text: strict.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    const text = lenient.decode(bytes);
    // U+FFFD marks where decoding failed, unless the file really contains that character.
    let index = text.indexOf("\uFFFD");
    while (index !== -1) {
      const byteOffset = Buffer.byteLength(text.slice(0, index));
      const real = bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd;
      if (!real) break;
      index = text.indexOf("\uFFFD", index + 1);
    }
    const at = positionAt(text, Math.max(index, 0));
    const byte = bytes[Buffer.byteLength(text.slice(0, Math.max(index, 0)))] ?? 0;
    return {
      ok: false,
      problem: {
        file,
        ...at,
        field: "",
        message: `the file is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} here); save it again as UTF-8`,
      },
    };
  }
}
