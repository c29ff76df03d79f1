import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { positionAt } from "../problems/position-at.ts";
import type { Problem } from "../problems/problem.ts";
import { UNSAFE_CHARACTER, unsafeCharacterMessage } from "../problems/unsafe-characters.ts";

/** Result of reading a file as text: its text, or the problems that stopped it. */
export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem; problems: Problem[] };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
/** At most this many control characters are listed per file: the first few say what to do. */
const MAX_LISTED = 20;

const failed = (problems: Problem[]): TextResult => ({ ok: false, problem: problems[0]!, problems });
const wholeFile = (file: string, message: string): TextResult => failed([{ file, line: 1, column: 1, field: "", message }]);

/** What a path that is not a regular file is, in an editor's words. */
function describeKind(mode: number): string {
  const kind = mode & constants.S_IFMT;
  if (kind === constants.S_IFDIR) return "a folder";
  if (kind === constants.S_IFIFO) return "a named pipe";
  if (kind === constants.S_IFSOCK) return "a socket";
  if (kind === constants.S_IFCHR || kind === constants.S_IFBLK) return "a device";
  return "something other than a file";
}

/**
 * Reads a file's bytes, refusing anything but a regular file: it is opened without blocking (a
 * named pipe would otherwise wait forever for a writer) and checked before a byte is read.
 */
function readRegularFile(absolutePath: string, file: string): { ok: true; bytes: Buffer } | { ok: false; result: TextResult } {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, result: wholeFile(file, "the file is missing (it was deleted or renamed while being read)") };
    if (code === "EACCES" || code === "EPERM") return { ok: false, result: wholeFile(file, "the file cannot be read (no permission); make it readable") };
    if (code === "ENXIO" || code === "ELOOP") return { ok: false, result: wholeFile(file, "this is not a regular file; only ordinary text files are read (delete it, or put a file of this name here)") };
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      return { ok: false, result: wholeFile(file, `this is ${describeKind(info.mode)}, not a file; only ordinary text files are read (delete it, or put a file of this name here)`) };
    }
    return { ok: true, bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** Every line's first character that no text may hold, located, or a lone carriage return (old Mac line ends). */
function findUnsafeCharacters(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    problems.push({
      file, ...positionAt(text, loneCr.index), field: "",
      message: "this line ends with a carriage return alone (old Mac line ends); save the file with LF (Unix) or CRLF (Windows) line ends",
    });
    return problems;
  }
  const pattern = new RegExp(UNSAFE_CHARACTER.source, "gu");
  let lastLine = 0;
  for (let m = pattern.exec(text); m && problems.length < MAX_LISTED; m = pattern.exec(text)) {
    const at = positionAt(text, m.index);
    if (at.line === lastLine) continue;
    lastLine = at.line;
    problems.push({ file, ...at, field: "", message: `the text ${unsafeCharacterMessage(m[0])}` });
  }
  return problems;
}

/**
 * Reads a file as UTF-8 text an editor can see in full: the line and column of the first byte
 * that is not UTF-8 (a file saved as Windows-1252 is the usual cause), of every invisible control
 * character, or of old Mac line ends, is a problem. Anything but a regular file is refused unread.
 */
export async function readTextFile(absolutePath: string, file: string): Promise<TextResult> {
  // Read synchronously: for thousands of small files the promise API's round trips through the
  // thread pool cost ten times the reads themselves (docs/performance.md).
  return readTextFileSync(absolutePath, file);
}

/** readTextFile for a caller that cannot wait (a kept result's locator, made when a problem is placed). */
export function readTextFileSync(absolutePath: string, file: string): TextResult {
  const read = readRegularFile(absolutePath, file);
  if (!read.ok) return read.result;
  const { bytes } = read;
  let text: string;
  try {
    // A byte-order mark is legal UTF-8 but would hide the front matter's opening line.
    text = strict.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return notUtf8(bytes, file);
  }
  const unsafe = findUnsafeCharacters(text, file);
  if (unsafe.length > 0) return failed(unsafe);
  return { ok: true, text };
}

function notUtf8(bytes: Buffer, file: string): TextResult {
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
  return failed([{
    file, ...at, field: "",
    message: `the file is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} here); save it again as UTF-8`,
  }]);
}
