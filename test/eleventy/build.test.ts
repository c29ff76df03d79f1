import Eleventy from "@11ty/eleventy";
import { eleventyInputFolder } from "../../src/eleventy/input-folder.ts";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/fixture-record.ts";

/** Builds the shipped record with the real .eleventy.js, in memory. */
async function buildInMemory(): Promise<{ url: string; content: string }[]> {
  const eleventy = new Eleventy(eleventyInputFolder(projectRoot), "_site", {
    configPath: path.join(projectRoot, ".eleventy.js"),
    quietMode: true,
  });
  return (await eleventy.toJSON()) as { url: string; content: string }[];
}

describe("the Eleventy build of the shipped record", () => {
  it("writes one page per entry, and the home page lists them all in timeline order", async () => {
    const pages = await buildInMemory();
    const isEntry = (url: string) => url.startsWith("/timeline/") && !/^\/timeline\/(kind|phase)\//.test(url);
    const entryPages = pages.filter((p) => isEntry(p.url));
    expect(entryPages).toHaveLength(11);
    const home = pages.find((p) => p.url === "/")!;
    const linked = [...home.content.matchAll(/href="(\/timeline\/[^"]+)"/g)].map((m) => m[1]!).filter(isEntry);
    // By phase, then by earliest possible date (src/record/sort-entries.ts).
    expect([...new Set(linked)].map((url) => url.slice("/timeline/".length, -1))).toEqual([
      "task-and-finish-group-set-up",
      "ofsted-inspection",
      "ofsted-rates-services-inadequate",
      "task-and-finish-group-reports",
      "cabinet-releases-reserves",
      "cabinet-accepts-plan-pending-scrutiny",
      "cabinet-member-resigns",
      "cabinet-approves-improvement-plan",
      "improvement-plan-work-streams-and-board",
      "plan-due-to-ofsted",
      "government-concludes-no-further-intervention",
    ]);
    expect(new Set(linked)).toEqual(new Set(entryPages.map((p) => p.url)));
  });

  it("shows dates at their precision, never more exact", async () => {
    const pages = await buildInMemory();
    const page = pages.find((p) => p.url === "/timeline/ofsted-inspection/")!;
    expect(page.content).toContain('<time datetime="2014-06">June 2014</time>');
    expect(page.content).toContain("About this date:");
    const range = pages.find((p) => p.url === "/timeline/cabinet-releases-reserves/")!;
    expect(range.content).toContain("Between 1 July and 9 November 2014");
  });

  it("cites every source of an entry on its page", async () => {
    const pages = await buildInMemory();
    const page = pages.find((p) => p.url === "/timeline/cabinet-approves-improvement-plan/")!;
    expect(page.content).toContain("Buckinghamshire County Council agree plan to improve Children&#39;s Social Care Services");
    expect(page.content).toContain('href="/sources/#council-statement-plan-approved"');
  });
});
