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

/** @example normaliseText("it’s  “good” – ok").text // "it's 'good' - ok" */
export function normaliseText(original: string): NormalisedText {
  let text = "";
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < original.length; i++) {
    let ch = original[i]!;
    if (/\s/.test(ch)) {
      if (lastWasSpace) continue;
      ch = " ";
    } else if (QUOTES.test(ch)) ch = "'";
    else if (DASHES.test(ch)) ch = "-";
    lastWasSpace = ch === " ";
    text += ch;
    origin.push(i);
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    origin.pop();
  }
  origin.push(original.length);
  return { text, origin };
}
