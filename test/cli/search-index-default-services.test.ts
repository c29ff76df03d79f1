import { describe, expect, it, vi } from "vitest";
import { pagefindChildren } from "../support/pagefind-children.ts";

const cores = vi.hoisted(() => ({ count: 1 }));
vi.mock("node:os", async (original) => ({ ...(await original<typeof import("node:os")>()), availableParallelism: () => cores.count }));

const { startSearchIndex } = await import("../../src/cli/build-search-index.ts");

describe.runIf(process.platform === "linux")("how many Pagefind processes a search index in parts starts by default", () => {
  const started = async (parts: number) => {
    const search = await startSearchIndex({ parts });
    try {
      return pagefindChildren().length;
    } finally {
      await search.close();
    }
  };

  it("is one per core, never more than four, never more than there are parts", async () => {
    cores.count = 16;
    expect(await started(8)).toBe(4);
    expect(await started(3)).toBe(3);
    cores.count = 2;
    expect(await started(8)).toBe(2);
    cores.count = 1;
    expect(await started(8)).toBe(1);
  });
});
