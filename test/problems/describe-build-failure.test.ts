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

describe("describeBuildFailure, whatever Eleventy wraps", () => {
  class DuplicatePermalinkOutputError extends Error {}
  const wrapped = (inner: unknown, outer = "Problem writing Eleventy templates") => Object.assign(new Error(outer), { originalError: inner });
  const CLASH = ", so one would silently replace the other. Two things in the record give the same web address: look for ids that differ only in ways a web address drops, or an id that repeats a page's own address.";

  it("gives the content check's own message when a content problem is inside", () => {
    const content = Object.assign(new Error("content/a.md:1:1  title: is required but missing (expected text)"), { name: "ContentError" });
    expect(describeBuildFailure(wrapped(wrapped(content)))).toBe("content/a.md:1:1  title: is required but missing (expected text)");
  });

  it("names the file two pages would write, however Eleventy words it, and says nothing of a file it does not name", () => {
    expect(describeBuildFailure(wrapped(new DuplicatePermalinkOutputError('Output conflict: multiple input files are writing to `./_site/a/index.html`. Use distinct `permalink` values to resolve this conflict.')))).toBe(
      `The site could not be built: two pages would be written to the same file (_site/a/index.html)${CLASH}`,
    );
    expect(describeBuildFailure(new DuplicatePermalinkOutputError('Two templates write\nto one file at "./_site/b\u001b/index.html".'))).toBe(
      `The site could not be built: two pages would be written to the same file (_site/b\\u001B/index.html)${CLASH}`,
    );
    expect(describeBuildFailure(new DuplicatePermalinkOutputError("Two templates write to one file"))).toBe(`The site could not be built: two pages would be written to the same file${CLASH}`);
  });

  it("names the page's file, not the template's, when Eleventy says a template would overwrite another", () => {
    expect(describeBuildFailure(new DuplicatePermalinkOutputError('The template at "./_includes/people.njk" attempted to overwrite an existing template at "./_site/people/x/index.html".'))).toBe(
      `The site could not be built: two pages would be written to the same file (_site/people/x/index.html)${CLASH}`,
    );
    expect(describeBuildFailure(new DuplicatePermalinkOutputError('Two templates write to one file at "_site/v1./index.html"'))).toBe(
      `The site could not be built: two pages would be written to the same file (_site/v1./index.html)${CLASH}`,
    );
  });

  it("treats a cause of null as no cause", () => {
    expect(describeBuildFailure(new Error("Disk full", { cause: null }))).toBe(
      "The site could not be built: Disk full. This is not a content problem npm run check knows of; if it persists, report it with this message.",
    );
  });

  it("gives one error's first line alone, and follows a chain to its end", () => {
    expect(describeBuildFailure(new Error("  Out of memory  \n  at x"))).toBe(
      "The site could not be built: Out of memory. This is not a content problem npm run check knows of; if it persists, report it with this message.",
    );
    expect(describeBuildFailure(wrapped(new Error("Middle", { cause: "disk full" }), "Writing the site"))).toBe(
      "The site could not be built: disk full (while writing the site). This is not a content problem npm run check knows of; if it persists, report it with this message.",
    );
  });

  it("stops following a chain that leads round in a circle", () => {
    const a = new Error("A");
    const b = Object.assign(new Error("B"), { originalError: a });
    Object.assign(a, { originalError: b });
    expect(describeBuildFailure(a)).toBe("The site could not be built: B (while a). This is not a content problem npm run check knows of; if it persists, report it with this message.");
  });
});
