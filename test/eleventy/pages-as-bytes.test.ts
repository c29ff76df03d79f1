import { describe, expect, it } from "vitest";
import { addPagesAsBytes, markPagesAsBytes, pageBytes } from "../../src/eleventy/pages-as-bytes.ts";

const configuration = () => {
  const transforms: Record<string, (content: unknown) => unknown> = {};
  return { transforms, addTransform: (name: string, transform: (content: unknown) => unknown) => void (transforms[name] = transform) };
};

describe("pages handed to Eleventy as bytes", () => {
  it("are the page's text in UTF-8, curly quotes, dashes and pound signs included", () => {
    const page = "<p>“Inadequate” – £1.64m, ’14 · 🙂</p>";
    const bytes = pageBytes(page);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect((bytes as Buffer).toString("utf8")).toBe(page);
    expect((bytes as Buffer).length).toBe(Buffer.byteLength(page, "utf8"));
  });

  it("leave what is not text as it came", () => {
    const already = Buffer.from("<p>x</p>");
    expect(pageBytes(already)).toBe(already);
    expect(pageBytes(undefined)).toBeUndefined();
  });

  it("only in a configuration the production build marked: the preview and the tests read pages as text", () => {
    const unmarked = configuration();
    addPagesAsBytes(unmarked);
    expect(Object.keys(unmarked.transforms)).toEqual([]);

    const marked = configuration();
    markPagesAsBytes(marked);
    addPagesAsBytes(marked);
    expect(Object.keys(marked.transforms)).toEqual(["pages-as-bytes"]);
    expect(Buffer.isBuffer(marked.transforms["pages-as-bytes"]!("<p>é</p>"))).toBe(true);
  });
});
