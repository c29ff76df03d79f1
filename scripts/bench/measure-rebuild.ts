import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";

export interface Rebuild {
  /** From saving the file to Eleventy's "Wrote … files" line: what an editor waits for. */
  seconds: number;
  /** Eleventy's own figure for the rebuild, which starts after its file watcher settles (150 ms). */
  eleventySeconds: number;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Starts the project's `npm start` command (on a free port, so it never meets another server),
 * waits for the first build, then saves `edits` entries one at a time and times each rebuild from
 * the save to Eleventy's report that it wrote the files. Checks that the edit reached the page.
 * Stops the server it started, also on failure.
 */
export async function measureRebuild(options: { cwd: string; startCommand: string; files: { file: string; page: string }[]; timeoutMs?: number }): Promise<Rebuild[]> {
  const { cwd, startCommand, files, timeoutMs = 180_000 } = options;
  const port = await freePort();
  const command = /--serve|src\/cli\/preview\.ts/.test(startCommand) ? `${startCommand} --port=${port}` : startCommand;
  const child = spawn("sh", ["-c", command], { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const lines: { text: string; at: number }[] = [];
  let waiter: (() => void) | undefined;
  const onLine = (text: string) => {
    lines.push({ text, at: performance.now() });
    waiter?.();
  };
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);
  let exited = false;
  child.on("exit", () => {
    exited = true;
    waiter?.();
  });

  /** Resolves with the first line from index `from` on that matches, or fails after the timeout. */
  const waitFor = async (pattern: RegExp, from: number, within = timeoutMs): Promise<{ text: string; at: number; index: number }> => {
    const deadline = performance.now() + within;
    for (;;) {
      const index = lines.findIndex((l, i) => i >= from && pattern.test(l.text));
      if (index !== -1) return { ...lines[index]!, index };
      if (exited) throw new Error(`"${command}" stopped before printing ${pattern}:\n${lines.slice(-20).map((l) => l.text).join("\n")}`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`"${command}" did not print ${pattern} within ${within / 1000} s:\n${lines.slice(-20).map((l) => l.text).join("\n")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      waiter = undefined;
    }
  };

  const results: Rebuild[] = [];
  try {
    let seen = (await waitFor(/Watching…|Watching\.\.\./, 0)).index + 1;
    // "Watching…" is printed before the file watcher has finished its first scan; a save in that
    // window goes unnoticed, so let it settle, and save again if a change is still missed.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const [n, { file, page }] of files.entries()) {
      const text = await readFile(path.join(cwd, file), "utf8");
      let marker = "";
      let saved = 0;
      for (let attempt = 1; ; attempt++) {
        marker = `Edited for the rebuild benchmark, edit ${n + 1}, save ${attempt}.`;
        const edited = text.replace(/^summary: .*$/m, `summary: ${JSON.stringify(marker)}`);
        if (edited === text) throw new Error(`${file} has no summary line to edit`);
        saved = performance.now();
        await writeFile(path.join(cwd, file), edited);
        const noticed = await waitFor(/File changed:/, seen, 10_000).catch((error: unknown) => (attempt < 3 ? undefined : Promise.reject(error)));
        if (noticed) break;
      }
      const wrote = await waitFor(/Wrote \d+ files? .*in ([\d.]+) seconds?/, seen);
      seen = (await waitFor(/Watching…|Watching\.\.\./, wrote.index + 1)).index + 1;
      const html = await readFile(path.join(cwd, "_site", page, "index.html"), "utf8");
      if (!html.includes(marker)) throw new Error(`the rebuilt page ${page} does not show the edit`);
      results.push({ seconds: (wrote.at - saved) / 1000, eleventySeconds: Number(/in ([\d.]+) seconds?/.exec(wrote.text)![1]) });
    }
  } finally {
    if (!exited) {
      process.kill(-child.pid!, "SIGTERM");
      const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5000);
      await new Promise((resolve) => (exited ? resolve(undefined) : child.on("exit", resolve)));
      clearTimeout(killer);
    }
  }
  return results;
}
