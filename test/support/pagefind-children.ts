import { readdirSync, readFileSync } from "node:fs";

/** Process ids of this process's Pagefind children, where Linux lists them; exited ones not yet reaped only when asked for. */
const pagefindPids = ({ exited }: { exited: boolean }): string[] =>
  readdirSync("/proc/self/task").flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter((pid) => {
      try {
        if (pid === "" || !readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("pagefind")) return false;
        return exited || !/ Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, ""));
      } catch {
        return false;
      }
    }),
  );

/** Process ids of this process's running Pagefind children (exited ones not yet reaped left out). */
export const pagefindChildren = (): string[] => pagefindPids({ exited: false });

/** Process ids of this process's Pagefind children, exited ones not yet reaped (zombies) included. */
export const pagefindChildrenListed = (): string[] => pagefindPids({ exited: true });
