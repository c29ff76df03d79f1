import { describe, expect, it } from "vitest";
import { readLines } from "../../src/record/text-residents-read.ts";

describe("the text of a body as residents read it", () => {
  it("reads each line of a paragraph apart, after a soft or a hard line break", () => {
    expect(readLines("Cabinet agreed £5m\nand then £6m  \nand £7m\\\nin all.")).toEqual([
      { text: "Cabinet agreed £5m", line: 0 },
      { text: "and then £6m", line: 1 },
      { text: "and £7m", line: 2 },
      { text: "in all.", line: 3 },
    ]);
  });

  it("keeps the words of inline code and drops the markup around them", () => {
    expect(readLines("The budget line `£5m` was *£&pound;6m*.")).toEqual([{ text: "The budget line £5m was ££6m.", line: 0 }]);
  });
});
