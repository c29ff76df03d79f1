import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import { checkEntryLinks } from "../../src/record/check-entry-links.ts";
import { EntryFrontMatterSchema, type Entry } from "../../src/schemas/entry.ts";

const entry = (id: string, body: string, fields: Record<string, unknown> = {}): Entry => ({
  ...EntryFrontMatterSchema.parse({ title: "An entry", date: "2014-11-10", datePrecision: "day", kind: "cabinet-decision", phase: "response", summary: "What happened.", sources: ["s"], ...fields }),
  id, file: `content/2014/2014-11-10-${id}.md`, url: `/timeline/${id}/`, body, bodyLine: 12,
});
const published = entry("cabinet-decides", "");
const draft = entry("secret-plan", "See [the decision](/timeline/nowhere/).", { draft: true });
const FILE = "content/2014/2014-11-10-reader.md";
const toDraft = (href: string) => `links to "${href}", the entry "secret-plan", which is a draft and will not be published; publish that entry first or remove the link`;
const toNothing = (href: string, hint = ` (an entry's address is /timeline/ then its file name without the date and .md)`) => `links to "${href}", but no entry has that address${hint}`;

/** The problems of an entry "reader" with this body, among the published entry and the draft. */
const problems = (body: string, siteUrl = "https://example.org/") =>
  checkEntryLinks([published, draft, entry("reader", body)], siteUrl).map(formatProblem);

describe("checkEntryLinks", () => {
  it("accepts links to published entries, written any way a browser resolves them", () => {
    expect(problems([
      "[a](/timeline/cabinet-decides/) [b](/timeline/cabinet-decides) [c](/timeline/cabinet-decides/index.html)",
      "[d](../cabinet-decides/) [e](https://example.org/timeline/cabinet-decides/) <https://example.org/timeline/cabinet-decides/>",
      "[f][ref] and the timeline's own pages: [g](/timeline/kind/statement/) [h](/timeline/phase/response/) [i](/timeline/) [j](/timeline/kind/) [k](/timeline/phase/)",
      "and pages that are not an entry's: [l](/archive/timeline/zzz/) [m](/timeline/zzz/photo.jpg)",
      "",
      "[ref]: /timeline/cabinet-decides/",
    ].join("\n"))).toEqual([]);
  });

  it("reports a link to a draft and a link to no entry, each at its line and column in the file", () => {
    expect(problems("Read [the plan](/timeline/secret-plan/).\n\nThen [this](/timeline/cabinet-decide/) and [that](/timeline/zzz-unknown/).")).toEqual([
      `${FILE}:12:17  body: ${toDraft("/timeline/secret-plan/")}`,
      `${FILE}:14:13  body: ${toNothing("/timeline/cabinet-decide/", '; did you mean "cabinet-decides"?')}`,
      `${FILE}:14:51  body: ${toNothing("/timeline/zzz-unknown/")}`,
    ]);
  });

  it("resolves relative links from the entry's own page, and reads reference links and autolinks", () => {
    expect(problems("[a](../secret-plan/) <https://example.org/timeline/zzz-unknown> [b][r]\n\n[r]: ../../timeline/secret-plan/index.html")).toEqual([
      `${FILE}:12:5  body: ${toDraft("../secret-plan/")}`,
      `${FILE}:12:23  body: ${toNothing("https://example.org/timeline/zzz-unknown")}`,
      `${FILE}:14:6  body: ${toDraft("../../timeline/secret-plan/index.html")}`,
    ]);
  });

  it("locates the same link written twice at each place in turn", () => {
    expect(problems("[one](/timeline/secret-plan/), [two](/timeline/secret-plan/)")).toEqual([
      `${FILE}:12:7  body: ${toDraft("/timeline/secret-plan/")}`,
      `${FILE}:12:38  body: ${toDraft("/timeline/secret-plan/")}`,
    ]);
  });

  it("locates a link markdown-it rewrites (an accent, percent-encoded) at the start of its paragraph, and decodes the id", () => {
    expect(problems("First line.\n\nSecond [café](/timeline/café/) and [plan](/timeline/secret%2Dplan/).")).toEqual([
      `${FILE}:14:1  body: ${toNothing("/timeline/caf%C3%A9/")}`,
      `${FILE}:14:43  body: ${toDraft("/timeline/secret%2Dplan/")}`,
    ]);
  });

  it("after a link it cannot find as written, goes on from where it was, not back to an earlier link", () => {
    expect(problems("Some words first, [a](/timeline/secret-plan/) [café](/timeline/café/) [b](/timeline/secret-plan/)")).toEqual([
      `${FILE}:12:23  body: ${toDraft("/timeline/secret-plan/")}`,
      `${FILE}:12:45  body: ${toNothing("/timeline/caf%C3%A9/")}`,
      `${FILE}:12:75  body: ${toDraft("/timeline/secret-plan/")}`,
    ]);
  });

  it("reports a link whose id is not valid percent-encoded text as a link to no entry", () => {
    expect(problems("[bad](/timeline/%E0%A4/)")).toEqual([`${FILE}:12:7  body: ${toNothing("/timeline/%E0%A4/")}`]);
  });

  it("leaves alone links to other sites, other pages, and addresses that are not URLs", () => {
    expect(problems("[a](https://elsewhere.org/timeline/zzz/) [b](/sources/zzz/) [c](mailto:x@example.org) [d](http://[::1/timeline/zzz/)")).toEqual([]);
  });

  it("reads the site's own scheme in any case, and no other scheme as the site's", () => {
    expect(problems("[a](HTTPS://example.org/timeline/zzz-unknown/) [b](http://example.org/timeline/zzz-unknown/) [c](source:s \"words\")")).toEqual([
      `${FILE}:12:5  body: ${toNothing("HTTPS://example.org/timeline/zzz-unknown/")}`,
    ]);
    expect(problems("[a](http://example.org/timeline/zzz-unknown/)", "http://example.org/")).toEqual([`${FILE}:12:5  body: ${toNothing("http://example.org/timeline/zzz-unknown/")}`]);
  });

  it("does not check a draft's own links: drafts are never published", () => {
    expect(checkEntryLinks([published, draft], "https://example.org/")).toEqual([]);
  });

  it("knows the site's own folder when it is published below the root of its host", () => {
    for (const siteUrl of ["https://example.org/report/", "https://example.org/report"]) {
      expect(problems("[a](/report/timeline/zzz-unknown/) [b](/timeline/zzz-unknown/) [c](../zzz-unknown/)", siteUrl)).toEqual([
        `${FILE}:12:5  body: ${toNothing("/report/timeline/zzz-unknown/")}`,
        `${FILE}:12:68  body: ${toNothing("../zzz-unknown/")}`,
      ]);
    }
  });
});
