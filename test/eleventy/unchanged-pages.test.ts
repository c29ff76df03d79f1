import { afterEach, describe, expect, it } from "vitest";
import { skipUnchangedPages } from "../../src/eleventy/unchanged-pages.ts";

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
});
