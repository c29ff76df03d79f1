import { describe, expect, it } from "vitest";
import { composeEntryFile, readEntryFile } from "../../src/editor/compose-entry-file.ts";

const HAND_WRITTEN = `---
title: "Cabinet agrees the budget: £4.8m"
date: 2014-11-01
datePrecision: month
dateNote: The minutes give only the month.
kind: cabinet-decision
phase: response
summary: Cabinet agreed the budget.
sources:
  - council-statement
decidedBy:
  - cabinet
people:
  - martin-tett
funding:
  - reserves-release
quotes:
  - by: martin-tett
    text: We will fund it.
    source: council-statement
draft: true # shown by npm start, never published: delete this line when the entry is ready
---
Cabinet agreed £4.8m. ([statement](source:council-statement))
`;

describe("an entry's file, as npm run new and the CMS both write it", () => {
  it("reads a hand-written entry and writes it back byte for byte", () => {
    const { frontMatter, body } = readEntryFile(HAND_WRITTEN);
    expect(frontMatter.date).toBe("2014-11-01");
    expect(composeEntryFile(frontMatter, body)).toBe(HAND_WRITTEN);
  });

  it("puts the fields in the usual order, leaves out empty ones, and ends with one line break", () => {
    const text = composeEntryFile({ draft: false, people: [], sources: ["s"], funding: undefined, title: "T", summary: "", kind: "plan" }, "\n\nText.\n\n\n");
    expect(text).toBe("---\ntitle: T\nkind: plan\nsources:\n  - s\n---\nText.\n");
  });

  it("keeps a field it does not know, after the others, so npm run check can name it", () => {
    expect(composeEntryFile({ colour: "red", title: "T" }, "")).toBe("---\ntitle: T\ncolour: red\n---\n");
  });
});
