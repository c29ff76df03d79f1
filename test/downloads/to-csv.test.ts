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
    expect(toCsv(["t", "n"], [["=HYPERLINK(1)", -5], ["@SUM(A1)", 0]])).toBe("\uFEFFt,n\r\n'=HYPERLINK(1),-5\r\n'@SUM(A1),0\r\n");
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
