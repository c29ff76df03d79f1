import path from "node:path";
import { describe, expect, it } from "vitest";
import { PREVIEW_ADDRESS, siteAddress, withSiteAddress } from "../../src/record/site-address.ts";
import { fixturesDir } from "../support/fixture-record.ts";
import { recordAt } from "../support/load-model.ts";

describe("the site's public address", () => {
  it("takes the deploy's address over the record's, always ending in a slash", () => {
    expect(siteAddress(PREVIEW_ADDRESS, "https://someone.github.io/report")).toBe("https://someone.github.io/report/");
    expect(siteAddress(PREVIEW_ADDRESS, " https://someone.github.io/report/ ")).toBe("https://someone.github.io/report/");
    expect(siteAddress("https://record.org", undefined)).toBe("https://record.org/");
    expect(siteAddress("https://record.org/", "   ")).toBe("https://record.org/");
    expect(PREVIEW_ADDRESS).toBe("http://localhost:8080/");
  });

  it("gives the record the deploy's address, and leaves it as it is without one", async () => {
    const record = await recordAt(path.join(fixturesDir, "minimal"));
    const deployed = withSiteAddress(record, "https://someone.github.io/report");
    expect(deployed.site.url).toBe("https://someone.github.io/report/");
    expect(deployed.site.title).toBe(record.site.title);
    expect(record.site.url).toBe("https://example.org/");
    expect(withSiteAddress(record, undefined)).toBe(record);
    expect(withSiteAddress(record, " ")).toBe(record);
  });
});
