import { describe, it } from "vitest";
import { checkEscaping } from "../../src/site-checks/check-escaping.ts";
import { checkHtml, loadHtmlValidateConfig } from "../../src/site-checks/check-html.ts";
import { projectRoot } from "../support/fixture-record.ts";
import { expectNoProblems, shippedSite } from "../support/site-checks.ts";

describe("the built site's HTML", () => {
  it("passes html-validate with the project's .htmlvalidate.json on every page", async () => {
    expectNoProblems(await checkHtml(await shippedSite(), await loadHtmlValidateConfig(projectRoot)));
  });

  it("shows readers no text escaped twice on any page", async () => {
    expectNoProblems(checkEscaping(await shippedSite()));
  });
});
