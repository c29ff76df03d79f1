import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problems/format-problems.ts";
import type { Locate } from "../../src/problems/problem.ts";
import { checkUnfinished } from "../../src/record/check-unfinished.ts";
import type { Entry } from "../../src/schemas/entry.ts";

const FILE = "content/2014/2014-11-10-x.md";
const MESSAGE = "still holds a TODO from the outline; replace it with your own words, or keep draft: true until the entry is finished";
const entry = (fields: Partial<Entry>): Entry => ({ file: FILE, title: "Cabinet decides", summary: "It decided.", body: "", bodyLine: 12, draft: false, ...fields }) as Entry;
// Front-matter fields on lines 2, 3 and 4, as an outline writes them.
const lines: Record<string, number> = { title: 2, summary: 3, dateNote: 4 };
const locate: Locate = (path) => ({ line: lines[String(path[0])] ?? 1, column: 8 });
const check = (entries: Entry[], withLocator = true) => checkUnfinished(entries, new Map(withLocator ? [[FILE, locate]] : [])).map(formatProblem);

describe("checkUnfinished", () => {
  it("reports a TODO left in the title, the summary or the date note, at its field", () => {
    expect(check([entry({ title: "TODO: what happened", summary: "Then TODO.", dateNote: "TODO" })])).toEqual([
      `${FILE}:2:8  title: ${MESSAGE}`,
      `${FILE}:3:8  summary: ${MESSAGE}`,
      `${FILE}:4:8  dateNote: ${MESSAGE}`,
    ]);
  });

  it("reports each TODO in the body at its own line and column", () => {
    expect(check([entry({ body: "First line.\nTODO say why.\n\nThen TODO and TODO." })])).toEqual([
      `${FILE}:13:1  body: ${MESSAGE}`,
      `${FILE}:15:6  body: ${MESSAGE}`,
      `${FILE}:15:15  body: ${MESSAGE}`,
    ]);
  });

  it("takes TODO only as a word of its own", () => {
    expect(check([entry({ title: "TODOS and MASTODON", body: "todo, TODOs, ATODO" })])).toEqual([]);
  });

  it("points at the top of the file when the file cannot be located", () => {
    expect(check([entry({ summary: "TODO" })], false)).toEqual([`${FILE}:1:1  summary: ${MESSAGE}`]);
  });

  it("lets a draft keep its outline, and still checks the entries after it", () => {
    const later = entry({ file: "content/2014/2014-11-11-y.md", body: "TODO" });
    expect(check([entry({ draft: true, title: "TODO", body: "TODO" }), later])).toEqual([`content/2014/2014-11-11-y.md:12:1  body: ${MESSAGE}`]);
  });
});
