import { describe, expect, it } from "vitest";
import { PreviewSession } from "../../src/preview/preview-session.ts";
import { visibleText } from "../support/visible-text.ts";

const at = (address: string) => ({ url: new URL(address, "http://127.0.0.1:8080") });

// Issue 9: the preview hung on `..%2f`, and kept serving old pages after a failed rebuild.
describe("the preview's answers", () => {
  it("refuses addresses that climb out of the site, however they are encoded", () => {
    const session = new PreviewSession("/nonexistent", () => undefined);
    for (const address of ["/..%2f..%2fetc/passwd", "/a/..%2F..%2Fx", "/%5c..%5cx", "/x%00.html", "/%E0%A4%A"]) {
      expect(session.answer(at(address))?.status).toBe(400);
    }
    expect(session.answer(at("/sources/"))).toBeUndefined();
  });

  it("shows a rebuild failure the check did not foresee at every page address, until a rebuild succeeds", () => {
    let failure: string | undefined = "The site could not be built: two pages would be written to the same file (_site/x/index.html), so one would silently replace the other.";
    const session = new PreviewSession("/nonexistent", () => undefined, { failure: () => failure });
    const answer = session.answer(at("/timeline/x/"));
    expect(answer?.status).toBe(500);
    expect(visibleText(answer!.body)).toContain(`.eleventy.js:1:1  ${failure}`);
    expect(session.answer(at("/assets/site.css"))).toBeUndefined();
    failure = undefined;
    expect(session.answer(at("/timeline/x/"))).toBeUndefined();
  });
});
