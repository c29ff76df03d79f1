import { describe, it } from "vitest";
import { checkBudgets } from "../../src/site-checks/check-budgets.ts";
import { expectNoProblems, shippedSite } from "../support/site-checks.ts";

describe("the built site's page budgets", () => {
  it("keeps every page within 14 KB of HTML and CSS gzipped, with JavaScript only where a chart needs it", async () => {
    expectNoProblems(checkBudgets(await shippedSite()));
  });
});
