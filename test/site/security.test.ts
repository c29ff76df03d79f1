import { describe, it } from "vitest";
import { checkSecurity } from "../../src/site-checks/check-security.ts";
import { expectNoProblems, shippedSite } from "../support/site-checks.ts";

describe("the built site's security", () => {
  it("gives every page a strict CSP and no inline code, inline styles, script links or third-party resources", async () => {
    expectNoProblems(checkSecurity(await shippedSite()));
  });
});
