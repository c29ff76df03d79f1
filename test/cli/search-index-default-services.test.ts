import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

const cores = vi.hoisted(() => ({ count: 1 }));
vi.mock("node:os", async (original) => ({ ...(await original<typeof import("node:os")>()), availableParallelism: () => cores.count }));

const { startSearchIndex } = await import("../../src/cli/build-search-index.ts");

/** Process ids of this process's running Pagefind children, where Linux lists them. */
const pagefindChildren = () =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter((pid) => {
      try {
        return pid !== "" && !/ Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "")) && readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("pagefind");
      } catch {
        return false;
      }
    }),
  );

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
