import { afterEach, describe, expect, it } from "vitest";
import { skipUnchangedPages } from "../../src/eleventy/unchanged-pages.ts";
import { standsFor } from "../../src/views/stands-for.ts";

/** Just enough of Eleventy's configuration API to fire the two events the hook listens to. */
function fakeEleventy() {
  const handlers = new Map<string, (arg?: unknown) => void>();
  return {
    config: { on: (event: string, handler: (arg?: unknown) => void) => handlers.set(event, handler) },
    saved: (...files: string[]) => handlers.get("eleventy.beforeWatch")!(files),
    built: () => handlers.get("eleventy.after")!(),
  };
}

const site = { title: "A record" };
const entries = [{ id: "a", title: "A" }, { id: "b", title: "B" }, { id: "c", title: "C" }];
const ids = (items: unknown[]) => items.map((i) => (i as { id: string }).id);

describe("skipUnchangedPages", () => {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  afterEach(() => {
    if (runMode === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = runMode;
  });

  it("paginates every item in a one-off build", () => {
    delete process.env.ELEVENTY_RUN_MODE;
    const eleventy = fakeEleventy();
    const before = skipUnchangedPages(eleventy.config)("entry");
    expect(ids(before(entries, { report: { site } }))).toEqual(["a", "b", "c"]);
  });

  describe("in npm start", () => {
    const start = () => {
      process.env.ELEVENTY_RUN_MODE = "serve";
      const eleventy = fakeEleventy();
      const before = skipUnchangedPages(eleventy.config)("entry");
      expect(ids(before(entries, { report: { site } }))).toEqual(["a", "b", "c"]);
      eleventy.built();
      return { eleventy, before };
    };

    it("renders only the pages whose item changed after a save in content/", () => {
      const { eleventy, before } = start();
      eleventy.saved("./content/2014/2014-11-10-b.md");
      expect(ids(before([entries[0], { id: "b", title: "B, edited" }, entries[2]], { report: { site } }))).toEqual(["b"]);
    });

    it("renders every page again when the site settings change", () => {
      const { eleventy, before } = start();
      eleventy.saved("./data/site.json");
      expect(ids(before(entries, { report: { site: { title: "Another record" } } }))).toEqual(["a", "b", "c"]);
    });

    it("renders every page again after a change outside content/ and data/", () => {
      const { eleventy, before } = start();
      eleventy.saved("./content/2014/2014-11-10-b.md", "./_includes/pages/entry.njk");
      expect(ids(before(entries, { report: { site } }))).toEqual(["a", "b", "c"]);
    });

    it("compares with the last build that finished, not one that failed", () => {
      const { eleventy, before } = start();
      const edited = [entries[0], { id: "b", title: "B, edited" }, entries[2]];
      eleventy.saved("./content/2014/2014-11-10-b.md");
      expect(ids(before(edited, { report: { site } }))).toEqual(["b"]);
      // The build stops with an error here: no "eleventy.after".
      eleventy.saved("./content/2014/2014-11-10-b.md");
      expect(ids(before(edited, { report: { site } }))).toEqual(["b"]);
      eleventy.built();
      eleventy.saved("./content/2014/2014-11-10-c.md");
      expect(ids(before(edited, { report: { site } }))).toEqual([]);
    });
  });
  describe("in npm start, for a page listing items of other pages (a kind's page and its entries)", () => {
    const paged = ["report.entries", "report.kinds"];
    const modelOf = (list: { id: string; title: string }[]) => {
      const kinds = [
        { id: "decisions", entries: [list[0]!, list[1]!] },
        { id: "reports", entries: [list[2]!] },
      ];
      return { report: { site, entries: list, kinds } };
    };
    const start = () => {
      process.env.ELEVENTY_RUN_MODE = "serve";
      const eleventy = fakeEleventy();
      const hooks = skipUnchangedPages(eleventy.config, paged);
      const entryPages = hooks("entry");
      const kindPages = hooks("kind");
      const first = modelOf(entries);
      entryPages(first.report.entries, first);
      kindPages(first.report.kinds, first);
      eleventy.built();
      return { eleventy, entryPages, kindPages };
    };

    it("renders again the list that shows the edited item, and only that one", () => {
      const { eleventy, entryPages, kindPages } = start();
      eleventy.saved("./content/2014/2014-11-10-b.md");
      // A new model, as every rebuild makes: equal objects, not the same ones.
      const next = modelOf(structuredClone([entries[0]!, { id: "b", title: "B, edited" }, entries[2]!]));
      expect(ids(kindPages(next.report.kinds, next))).toEqual(["decisions"]);
      expect(ids(entryPages(next.report.entries, next))).toEqual(["b"]);
    });

    it("renders nothing again when the record is saved unchanged, whichever template comes first", () => {
      const { eleventy, entryPages, kindPages } = start();
      eleventy.saved("./content/2014/2014-11-10-b.md");
      const same = modelOf(structuredClone(entries));
      expect(ids(kindPages(same.report.kinds, same))).toEqual([]);
      expect(ids(entryPages(same.report.entries, same))).toEqual([]);
    });

    it("tells apart lists that hold the same items in another order", () => {
      const { eleventy, kindPages } = start();
      eleventy.saved("./content/2014/2014-11-10-b.md");
      const copy = structuredClone(entries);
      const reordered = { report: { site, entries: copy, kinds: [{ id: "decisions", entries: [copy[1]!, copy[0]!] }, { id: "reports", entries: [copy[2]!] }] } };
      expect(ids(kindPages(reordered.report.kinds, reordered))).toEqual(["decisions"]);
    });

    it("gives the same answers when each template is handed a copy of the model, as Eleventy's data cascade does", () => {
      process.env.ELEVENTY_RUN_MODE = "serve";
      const eleventy = fakeEleventy();
      const hooks = skipUnchangedPages(eleventy.config, paged);
      const build = (model: ReturnType<typeof modelOf>) => {
        hooks.modelBuilt(model.report);
        const entryCopy = structuredClone(model);
        const kindCopy = structuredClone(model);
        const shown = [ids(hooks("kind", "report.kinds")(kindCopy.report.kinds, kindCopy)), ids(hooks("entry", "report.entries")(entryCopy.report.entries, entryCopy))];
        eleventy.built();
        return shown;
      };
      expect(build(modelOf(entries))).toEqual([["decisions", "reports"], ["a", "b", "c"]]);
      eleventy.saved("./content/2014/2014-11-12-c.md");
      expect(build(modelOf([entries[0]!, entries[1]!, { id: "c", title: "C, edited" }]))).toEqual([["reports"], ["c"]]);
      eleventy.saved("./content/2014/2014-11-12-c.md");
      // A list the model does not hold as the template pages it (filtered on the way) is taken as given.
      hooks.modelBuilt({ site, entries: [], kinds: [] } as never);
      const copy = structuredClone(modelOf([entries[0]!, entries[1]!, { id: "c", title: "C, edited" }]));
      expect(ids(hooks("entry", "report.entries")(copy.report.entries, copy))).toEqual([]);
    });

    it("renders every list again when the site settings change", () => {
      const { eleventy, kindPages } = start();
      eleventy.saved("./data/site.json");
      const next = modelOf(structuredClone(entries));
      const moved = { report: { ...next.report, site: { title: "Another record" } } };
      expect(ids(kindPages(moved.report.kinds, moved))).toEqual(["decisions", "reports"]);
    });
  });
});

describe("skipUnchangedPages, for views that say what they were made from (src/views/stands-for.ts)", () => {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  afterEach(() => {
    if (runMode === undefined) delete process.env.ELEVENTY_RUN_MODE;
    else process.env.ELEVENTY_RUN_MODE = runMode;
  });
  const source = (key: string, title: string) => standsFor({ id: "s", title }, { key });
  const entry = (id: string, key: string, html: string, title = id.toUpperCase(), sourceKey = "s1", sourceTitle = "S") =>
    standsFor({ id, title, html, body: html, sourceList: [source(sourceKey, sourceTitle)] }, { key, fields: ["html", "body"] });
  const start = () => {
    process.env.ELEVENTY_RUN_MODE = "serve";
    const eleventy = fakeEleventy();
    const before = skipUnchangedPages(eleventy.config)("entry");
    before([entry("a", "ka", "<p>A</p>"), entry("b", "kb", "<p>B</p>")], { report: { site } });
    eleventy.built();
    eleventy.saved("./content/2014/2014-11-10-b.md");
    return before;
  };

  it("compares the key, not the fields it stands for", () => {
    expect(ids(start()([entry("a", "ka", "<p>A, as kept</p>"), entry("b", "kb2", "<p>B</p>")], { report: { site } }))).toEqual(["b"]);
  });

  it("still compares every field the key does not stand for", () => {
    expect(ids(start()([entry("a", "ka", "<p>A</p>", "A, retitled"), entry("b", "kb", "<p>B</p>")], { report: { site } }))).toEqual(["a"]);
  });

  it("takes the key of a view in a list for the whole view", () => {
    const next = [entry("a", "ka", "<p>A</p>", "A", "s1", "S, as kept"), entry("b", "kb", "<p>B</p>", "B", "s2")];
    expect(ids(start()(next, { report: { site } }))).toEqual(["b"]);
  });
});

