import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eleventyInputFolder } from "../../src/eleventy/input-folder.ts";
import { describeBuildFailure } from "../../src/problems/describe-build-failure.ts";
import { projectRoot } from "../support/fixture-record.ts";

// Issue 9: a build failure the content check did not foresee printed Eleventy's stack trace.
describe("describeBuildFailure", () => {
  it("says in plain words that two pages would be written to one address", async () => {
    const eleventy = new Eleventy(eleventyInputFolder(projectRoot), "_site", {
      configPath: path.join(projectRoot, ".eleventy.js"),
      quietMode: true,
      config: (config) => {
        config.addTemplate("clash-a.njk", "a", { permalink: "/sources/" });
      },
    });
    const error = await eleventy.toJSON().then(() => undefined, (e: unknown) => e);
    expect(describeBuildFailure(error)).toBe(
      "The site could not be built: two pages would be written to the same file (_site/sources/index.html), so one would silently replace the other. Two things in the record give the same web address: look for ids that differ only in ways a web address drops, or an id that repeats a page's own address.",
    );
  });

  it("gives the first line of anything else, without a stack trace, and says what to do", () => {
    const error = new Error("Having trouble rendering njk template ./x.njk", { cause: new TypeError("Cannot read properties of undefined (reading 'id')\n    at render (x.js:1:1)") });
    expect(describeBuildFailure(error)).toBe(
      "The site could not be built: Cannot read properties of undefined (reading 'id') (while having trouble rendering njk template ./x.njk). This is not a content problem npm run check knows of; if it persists, report it with this message.",
    );
  });
});
