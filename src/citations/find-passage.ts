import { normaliseText, type NormalisedText } from "./normalise-text.ts";
import { splitPassage } from "./split-passage.ts";

/** Where each part of a passage lies in the copy held, as offsets into the copy's own text. */
export type PassageMatch = { found: true; parts: { start: number; end: number }[] } | { found: false; nearest?: string };

const normalisedCopies = new Map<string, NormalisedText>();
const normalisedCopy = (copy: string): NormalisedText => {
  let n = normalisedCopies.get(copy);
  if (!n) normalisedCopies.set(copy, (n = normaliseText(copy)));
  return n;
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A part must start and end on word boundaries: "ate" is not found in "inadequate". */
function indexOfWhole(haystack: string, needle: string, from: number): number {
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsOk = !WORD_CHAR.test(needle[0]!) || before === undefined || !WORD_CHAR.test(before);
    const endsOk = !WORD_CHAR.test(needle.at(-1)!) || after === undefined || !WORD_CHAR.test(after);
    if (startsOk && endsOk) return at;
  }
  return -1;
}

/**
 * Finds a passage in the copy held: every part between elision marks, in order, after quotation
 * marks, dashes and whitespace are made alike. When it is not there, the copy's sentence sharing
 * most words with it, as a hint, unless `nearest` is false: a caller trying copy after copy for
 * one passage needs no hint from each copy it is not in.
 * @example findPassage("The cabinet met on Monday.", "cabinet met") // { found: true, parts: [{ start: 4, end: 15 }] }
 */
export function findPassage(copy: string, passage: string, { nearest = true }: { nearest?: boolean } = {}): PassageMatch {
  const haystack = normalisedCopy(copy);
  const parts = splitPassage(passage).map((p) => normaliseText(p).text);
  if (parts.length === 0) return { found: false };
  const found: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of parts) {
    const at = indexOfWhole(haystack.text, part, from);
    if (at === -1) return nearest ? { found: false, nearest: nearestSentence(copy, parts.join(" ")) } : { found: false };
    found.push({ start: haystack.origin[at]!, end: haystack.origin[at + part.length - 1]! + 1 });
    from = at + part.length;
  }
  return { found: true, parts: found };
}

const words = (text: string) => new Set(normaliseText(text).text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

/** The sentence of the copy that shares most words with the passage, when it shares at least half. */
function nearestSentence(copy: string, passage: string): string | undefined {
  const wanted = words(passage);
  if (wanted.size === 0) return undefined;
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of copy.split(/(?<=[.!?:”"’])\s+|\n+/u)) {
    const have = words(sentence);
    let shared = 0;
    for (const w of wanted) if (have.has(w)) shared++;
    const score = shared / wanted.size;
    if (score > (best?.score ?? 0)) best = { sentence: sentence.trim(), score };
  }
  if (!best || best.score < 0.5) return undefined;
  return best.sentence.length > 160 ? `${best.sentence.slice(0, 157)}…` : best.sentence;
}
