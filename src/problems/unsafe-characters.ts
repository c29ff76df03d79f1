/**
 * Characters no text in the record may hold: C0 controls other than tab and line ends, DEL, C1
 * controls, the non-characters U+FFFE and U+FFFF, lone surrogates (none of these can appear in
 * XML, so one makes feed.xml malformed), and the invisible bidirectional overrides that make text
 * read differently from how it is stored.
 */
export const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** The same, with the tab and line ends that multi-line text may hold, for values that must be on one line. */
const UNPRINTABLE = new RegExp(`${UNSAFE_CHARACTER.source}|[\\t\\r\\n\\u2028\\u2029]`, "gu");

/** A character's code point as an editor looks it up: `U+001B`. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** What to say about a control character found in a value: the instruction, with the character named. */
export const unsafeCharacterMessage = (character: string): string =>
  `contains the invisible control character ${codePoint(character)}, which readers cannot see and feeds cannot carry; delete it (retype the text around it if needed)`;

/**
 * Text made safe to print on one line of a terminal or CI log: every control character, line end
 * and bidirectional override is shown as its code point, so a value can never start a new line
 * (and with it a GitHub Actions workflow command such as `::error` or `::stop-commands::`), move
 * the cursor or recolour the terminal.
 * @example printable("a\n::error::x") // "a\\u000A::error::x"
 */
export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
