/**
 * Text as a citation is compared: every kind of quotation mark and apostrophe, dashes and runs of
 * whitespace made alike, so a passage typed on a plain keyboard matches a copy set by a publisher.
 * Letters, digits, punctuation and case are kept: a passage must still be the source's own words.
 */
export interface NormalisedText {
  text: string;
  /** For each character of `text`, the index in the original it came from; one extra for the end. */
  origin: number[];
}

// Single and double marks alike: a passage written in a link title between "…" quotes the
// source's “inadequate” as 'inadequate'.
const QUOTES = /["\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;

const SPACE = /\s/;

/** What a character becomes: kept, a space, a plain quotation mark or a plain hyphen. */
const enum Becomes { Kept, Space, Quote, Dash }

/**
 * Plain ASCII, most of any copy, is told apart by its code without a regular expression: the
 * check normalises every copy held, and with a test per character this was a sixth of a check
 * after one save at 10,000 entries (docs/performance.md).
 */
function becomes(original: string, i: number): Becomes {
  const code = original.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? Becomes.Space : code === 34 || code === 96 ? Becomes.Quote : Becomes.Kept;
  const ch = original[i]!;
  return SPACE.test(ch) ? Becomes.Space : QUOTES.test(ch) ? Becomes.Quote : DASHES.test(ch) ? Becomes.Dash : Becomes.Kept;
}

/** @example normaliseText("it’s  “good” – ok").text // "it's 'good' - ok" */
export function normaliseText(original: string): NormalisedText {
  let text = "";
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < original.length; i++) {
    const kind = becomes(original, i);
    if (kind === Becomes.Space) {
      if (lastWasSpace) continue;
      text += " ";
    } else text += kind === Becomes.Quote ? "'" : kind === Becomes.Dash ? "-" : original[i];
    lastWasSpace = kind === Becomes.Space;
    origin.push(i);
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    origin.pop();
  }
  origin.push(original.length);
  return { text, origin };
}
