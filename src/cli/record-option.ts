import path from "node:path";

/**
 * The environment variable that carries the record's folder to code the command line does not
 * reach: the Eleventy site plugin, and Eleventy's own `npm start`, which refuses unknown flags.
 */
export const RECORD_ENV = "AR_RECORD_ROOT";

const FLAG = "--record";

/** The value of `--record FOLDER` or `--record=FOLDER` in `args`, if given. */
function flagValue(args: readonly string[]): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === FLAG) return args[i + 1];
    if (arg.startsWith(`${FLAG}=`)) return arg.slice(FLAG.length + 1);
  }
  return undefined;
}

/**
 * The folder whose `content/` and `data/` a command reads or writes: `--record FOLDER`, else
 * $AR_RECORD_ROOT, else the project's own folder. A relative folder is taken from where the command
 * was typed (npm runs scripts in the project's folder, and says where it was started in INIT_CWD).
 * @example npm run check -- --record ../our-council   →   /home/me/our-council
 */
export function recordRoot({ args = process.argv, env = process.env, cwd = process.cwd() }: { args?: readonly string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  const chosen = flagValue(args) ?? env[RECORD_ENV];
  return chosen ? path.resolve(env.INIT_CWD ?? cwd, chosen) : cwd;
}

/** `args` without `--record FOLDER`, for a command that parses its own flags strictly. */
export function withoutRecordOption(args: readonly string[]): string[] {
  return args.filter((arg, i) => arg !== FLAG && !arg.startsWith(`${FLAG}=`) && args[i - 1] !== FLAG);
}

/**
 * Points the site plugin at the record in `root` until the function it returns is called: for code
 * that runs Eleventy inside its own process (the build, the tests' builds in memory).
 */
export function pointSitePluginAt(root: string): () => void {
  const before = process.env[RECORD_ENV];
  process.env[RECORD_ENV] = root;
  return () => {
    if (before === undefined) delete process.env[RECORD_ENV];
    else process.env[RECORD_ENV] = before;
  };
}
