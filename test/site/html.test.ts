import { describe, it } from "vitest";
import { checkHtml, loadHtmlValidateConfig } from "../../src/site-checks/check-html.ts";
import { projectRoot } from "../support/fixture-record.ts";
import { expectNoProblems, shippedSite } from "../support/site-checks.ts";

describe("the built site's HTML", () => {
  it("passes html-validate with the project's .htmlvalidate.json on every page", async () => {
    expectNoProblems(await checkHtml(await shippedSite(), await loadHtmlValidateConfig(projectRoot)));
  });
});
