import { readdirSync, readFileSync } from "node:fs";

/** Process ids of this process's running Pagefind children (exited ones not yet reaped left out), where Linux lists them. */
export const pagefindChildren = (): string[] =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter((pid) => {
      try {
        return pid !== "" && !/ Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "")) && readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("pagefind");
      } catch {
        return false;
      }
    }),
  );

/** Process ids of this process's Pagefind children, exited ones not yet reaped included, where Linux lists them. */
export const pagefindChildrenListed = (): string[] =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter((pid) => {
      try {
        return pid !== "" && readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("pagefind");
      } catch {
        return false;
      }
    }),
  );
