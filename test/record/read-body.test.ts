import { describe, expect, it } from "vitest";
import { findCitations } from "../../src/record/find-citations.ts";
import { findLinks } from "../../src/record/find-links.ts";
import { readBody, readEachBodyOnce } from "../../src/record/read-body.ts";
import { readLines } from "../../src/record/text-residents-read.ts";

const BODY = [
  "# Cabinet",
  "",
  'It agreed £**1.64m** ([minutes](source:council "agreed the sum")), see [the plan](/timeline/plan/).',
  "",
  "[plan]: /timeline/plan/",
  "",
  "    £5m in code",
].join("\n");

describe("reading an entry body once for every check", () => {
  it("finds the same citations and links as each reading on its own, and only the lines that hold a figure", () => {
    expect(readBody(BODY)).toEqual({ citations: findCitations(BODY), linesWithFigures: readLines(BODY).filter((l) => /[0-9]/.test(l.text)), links: findLinks(BODY) });
    expect(readBody(BODY).linesWithFigures).toEqual([
      { text: "It agreed £1.64m (minutes), see the plan.", line: 2 },
      { text: "£5m in code", line: 6 },
    ]);
  });

  it("keeps a line whose figure is written as an entity, as residents read it", () => {
    expect(readBody("No sum here.\nA further £&#57;m.").linesWithFigures).toEqual([{ text: "A further £9m.", line: 1 }]);
  });

  it("finds each link at its address as written, a citation's included, so a later link is found after it", () => {
    expect(findLinks('[a](source:x "w") then [b](source:x "w") and [c](/timeline/y/)')).toEqual([
      { href: "source:x", line: 1, column: 5 },
      { href: "source:x", line: 1, column: 28 },
      { href: "/timeline/y/", line: 1, column: 50 },
    ]);
  });

  it("gives a body read before the same reading, and another body its own", () => {
    const read = readEachBodyOnce();
    const first = read(BODY);
    expect(read(BODY)).toBe(first);
    expect(read("Other [x](/a/).").links).toEqual([{ href: "/a/", line: 1, column: 11 }]);
  });
});
