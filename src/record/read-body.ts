import type { CheckCache } from "../loaders/check-cache.ts";
import { parseAsWritten } from "../markdown/markdown.ts";
import { citationsIn, type Citation } from "./find-citations.ts";
import { linksIn, type BodyLink } from "./find-links.ts";
import { linesIn, type ReadLine } from "./text-residents-read.ts";

/** What the record's checks read from one entry body. */
export interface BodyReading {
  citations: Citation[];
  /**
   * The lines residents read that hold a figure, the only ones an amount of money can be in:
   * every line of text was a quarter of what the check's store held (44 → 32 MB without) (docs/performance.md).
   */
  linesWithFigures: ReadLine[];
  links: BodyLink[];
}

const FIGURE = /[0-9]/;

/** Reads a body with one markdown-it parse, for every check that needs it. */
export function readBody(body: string): BodyReading {
  const parsed = parseAsWritten(body);
  return { citations: citationsIn(parsed), linesWithFigures: linesIn(parsed.tokens).filter((l) => FIGURE.test(l.text)), links: linksIn(parsed) };
}

/**
 * A `readBody` that reads each body once however many checks ask, for one check of a record.
 * Each check used to parse every body itself: four parses, 39% of `npm run check`'s time at
 * 10,000 entries (docs/performance.md). What it keeps is the readings, not the tokens, for as
 * long as the caller holds it; given the check cache, a body read by an earlier check is not
 * parsed at all.
 */
export function readEachBodyOnce(cache?: CheckCache): (body: string) => BodyReading {
  const read = new Map<string, BodyReading>();
  return (body) => {
    let reading = read.get(body) ?? cache?.get<BodyReading>("body", [body]);
    if (reading === undefined) {
      reading = readBody(body);
      cache?.set("body", [body], reading);
    }
    read.set(body, reading);
    return reading;
  };
}
