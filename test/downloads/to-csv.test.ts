import { describe, expect, it } from "vitest";
import { penceToPounds, toCsv } from "../../src/downloads/to-csv.ts";

describe("toCsv", () => {
  it("writes a byte-order mark, a header and CRLF rows", () => {
    expect(toCsv(["id", "amount"], [["a", 1], ["b", 2]])).toBe("\uFEFFid,amount\r\na,1\r\nb,2\r\n");
  });

  it("quotes text with commas, quotes or line breaks, doubling the quotes", () => {
    expect(toCsv(["t"], [['say "hi", then go'], ["two\nlines"]])).toBe('\uFEFFt\r\n"say ""hi"", then go"\r\n"two\nlines"\r\n');
  });

  it("writes nothing for a missing value and booleans as true or false", () => {
    expect(toCsv(["a", "b", "c"], [[undefined, true, false]])).toBe("\uFEFFa,b,c\r\n,true,false\r\n");
  });

  it("stops text that starts like a formula from running in a spreadsheet, but leaves negative numbers alone", () => {
    expect(toCsv(["t", "n"], [["=HYPERLINK(1)", -5], ["@SUM(A1)", 0]])).toBe("\uFEFFt,n\r\n\"'=HYPERLINK(1)\",-5\r\n\"'@SUM(A1)\",0\r\n");
  });

  // Issue 9: `x;=1+1` was written bare, and a spreadsheet set to split on ; ran =1+1.
  it.each([
    ["a formula after a semicolon", "x;=1+1", `"'x;=1+1"`],
    ["a formula after a tab", "x\t+1+1", `"'x\t+1+1"`],
    ["a formula after a comma", "x, -1+1", `"'x, -1+1"`],
    ["a formula after spaces", "  =1+1", `"'  =1+1"`],
    ["a full-width equals sign", "\uFF1D1+1", `"'\uFF1D1+1"`],
    ["a formula on a second line", "x\n@SUM(A1)", `"'x\n@SUM(A1)"`],
  ])("prefixes and quotes text with %s", (_name, text, written) => {
    expect(toCsv(["t"], [[text]])).toBe(`\uFEFFt\r\n${written}\r\n`);
  });

  it("quotes text holding a semicolon or tab, so it stays one cell in any spreadsheet", () => {
    expect(toCsv(["t"], [["a;b"], ["a\tb"]])).toBe('\uFEFFt\r\n"a;b"\r\n"a\tb"\r\n');
  });
});

describe("penceToPounds", () => {
  it.each([
    [480000000, "4800000.00"],
    [164000050, "1640000.50"],
    [5, "0.05"],
    [-1234, "-12.34"],
  ])("writes %i pence as %s", (pence, pounds) => {
    expect(penceToPounds(pence)).toBe(pounds);
  });
});
