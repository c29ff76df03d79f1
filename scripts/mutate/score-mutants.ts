export interface ScoredMutant {
  file: string;
  mutator: string;
  replacement: string;
  line: number;
  lineText: string;
  /** The code the mutant replaces, as written. */
  original: string;
  status: string;
}
export interface FolderTarget {
  folder: string;
  score: number;
  exclude?: readonly string[];
  /** Run the tests that build whole sites too (slow; only where the folder's own tests are builds). */
  withBuilds?: boolean;
}
export interface GroupTarget {
  name: string;
  score: number;
  files: readonly string[];
}
export interface EquivalentMutant {
  file: string;
  mutator: string;
  replacement: string;
  line: string;
  /** The code the mutant replaces, exactly, where one line holds two mutants alike but for what they replace. */
  original?: string;
  reason: string;
}
export interface Score {
  name: string;
  target: number;
  killed: number;
  survived: number;
  noCoverage: number;
  equivalent: number;
  /** Mutants of code that runs only as its module loads, which Stryker's vitest runner cannot switch on: unscored. */
  loadTime: number;
  /** null when nothing could be mutated (then there is nothing to miss). */
  score: number | null;
  meetsTarget: boolean;
  /** Surviving mutants, as `file:line  mutator → replacement`, for the report. */
  survivors: string[];
}

const globToRegExp = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .split(/(\*\*\/|\*\*|\*)/)
      .map((part) => (part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
      .join("")}$`,
  );
/** Whether a file's path matches any of the globs (`**`, `*`), as the config writes them. */
export const matchesAny = (file: string, globs: readonly string[]): boolean => globs.some((glob) => globToRegExp(glob).test(file));
const inFolder = (file: string, { folder, exclude = [] }: FolderTarget): boolean =>
  (file === folder || file.startsWith(`${folder}/`)) && !matchesAny(file, exclude);

const isEquivalent = (m: ScoredMutant, equivalents: readonly EquivalentMutant[]): boolean =>
  equivalents.some((e) => e.file === m.file && e.mutator === m.mutator && e.replacement === m.replacement && m.lineText.includes(e.line) && (e.original === undefined || e.original === m.original));

/** Stryker's mutation score, with the listed equivalent mutants set aside: detected ÷ (detected + undetected). */
function score(name: string, target: number, mutants: readonly ScoredMutant[], equivalents: readonly EquivalentMutant[]): Score {
  let killed = 0;
  let survived = 0;
  let noCoverage = 0;
  let equivalent = 0;
  let loadTime = 0;
  const survivors: string[] = [];
  for (const m of mutants) {
    if (m.status === "Killed" || m.status === "Timeout") killed++;
    else if (m.status === "Ignored") loadTime++;
    else if (m.status === "Survived" || m.status === "NoCoverage") {
      if (isEquivalent(m, equivalents)) {
        equivalent++;
        continue;
      }
      if (m.status === "Survived") survived++;
      else noCoverage++;
      survivors.push(`${m.file}:${m.line}  ${m.mutator}${m.status === "NoCoverage" ? " (no test runs it)" : ""} → ${m.replacement.split("\n")[0]}`);
    }
  }
  const valid = killed + survived + noCoverage;
  const value = valid === 0 ? null : (100 * killed) / valid;
  return { name, target, killed, survived, noCoverage, equivalent, loadTime, score: value, meetsTarget: value === null || value >= target, survivors };
}

/** Scores each folder and each stricter group from the mutants of all runs. */
export function scoreMutants(
  mutants: readonly ScoredMutant[],
  folders: readonly FolderTarget[],
  groups: readonly GroupTarget[],
  equivalents: readonly EquivalentMutant[],
): Score[] {
  return [
    ...folders.map((f) => score(f.folder, f.score, mutants.filter((m) => inFolder(m.file, f)), equivalents)),
    ...groups.map((g) => score(g.name, g.score, mutants.filter((m) => matchesAny(m.file, g.files)), equivalents)),
  ];
}
