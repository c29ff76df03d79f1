import { readdirSync, readFileSync } from "node:fs";

/** Process ids of the children of process `pid`, where Linux lists them. */
const childrenOf = (pid: string): string[] => {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean));
  } catch {
    return [];
  }
};
/** Process ids of this process's children, their children, and so on. */
const descendants = (): string[] => {
  const found: string[] = [];
  for (let next = childrenOf("self"); next.length > 0; next = next.flatMap(childrenOf)) found.push(...next);
  return found;
};
const exitedNotReaped = (pid: string) => / Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, ""));

/** Process ids of this process's Pagefind descendants (its services, and those of a process it started), where Linux lists them; exited ones not yet reaped only when asked for. */
const pagefindPids = ({ exited }: { exited: boolean }): string[] =>
  descendants().filter((pid) => {
    try {
      if (!readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("pagefind")) return false;
      return exited || !exitedNotReaped(pid);
    } catch {
      return false;
    }
  });

/** Process ids of this process's running Pagefind descendants (exited ones not yet reaped left out). */
export const pagefindChildren = (): string[] => pagefindPids({ exited: false });

/** Process ids of this process's Pagefind descendants, exited ones not yet reaped (zombies) included. */
export const pagefindChildrenListed = (): string[] => pagefindPids({ exited: true });

/** Process ids of every process this one started and has not reaped, whatever it runs. */
export const childrenListed = (): string[] => childrenOf("self");
