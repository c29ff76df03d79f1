import { describe, expect, it } from "vitest";
import { didYouMean } from "../../src/problems/did-you-mean.ts";

describe("didYouMean", () => {
  const people = ["martin-tett", "david-johnston", "ofsted"];

  it.each([
    ["titel", ["title", "date"], '; did you mean "title"?'],
    ["TITLE", ["title", "date"], '; did you mean "title"?'],
    ["dat", ["title", "date"], '; did you mean "date"?'],
    ["m-tett", people, '; did you mean "martin-tett"?'],
    ["d-johnston", people, '; did you mean "david-johnston"?'],
  ])("suggests the word meant for %s", (word, known, hint) => {
    expect(didYouMean(word, known)).toBe(hint);
  });

  it("picks the closest of several near words", () => {
    expect(didYouMean("reporr", ["repeat", "report"])).toBe('; did you mean "report"?');
    expect(didYouMean("meetin", ["meeting", "meetings"])).toBe('; did you mean "meeting"?');
  });

  it.each([
    ["colour", ["title", "date"]],
    ["x-tett", people],
    ["m-jones", ["mary-jones", "mark-jones"]],
    ["tett", people],
    ["anything", []],
  ])("suggests nothing for %s when no word is close or the guess is not unique", (word, known) => {
    expect(didYouMean(word, known)).toBe("");
  });

  it("reads an abbreviation by its last word, among ids that share its first letter", () => {
    expect(didYouMean("m-tett", ["martin-tett", "mary-jones"])).toBe('; did you mean "martin-tett"?');
  });

  it("never reads a single word as an abbreviation of a longer id", () => {
    expect(didYouMean("tett", ["tom-tett"])).toBe("");
  });

  it("allows one typo in three letters, and two in a short word", () => {
    expect(didYouMean("abcdefxyz", ["abcdefghi"])).toBe('; did you mean "abcdefghi"?');
    expect(didYouMean("abcdefwxyz", ["abcdefghij"])).toBe("");
    expect(didYouMean("ab", ["cd"])).toBe('; did you mean "cd"?');
    expect(didYouMean("abc", ["xyz"])).toBe("");
  });
});
