import { printable } from "./unsafe-characters.ts";

/** The errors an Eleventy failure wraps, outermost first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && chain.length < 10; e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause) {
    chain.push(e);
  }
  return chain;
}

const firstLine = (e: unknown) => printable((e instanceof Error ? e.message : String(e)).split("\n")[0]!.trim());

/**
 * A build failure the content check did not foresee, in plain words and without a stack trace:
 * content problems as the check lists them, two pages written to one address, or else the first
 * line of what went wrong, with what to do next.
 * @example describeBuildFailure(duplicatePermalinkError) // "The site could not be built: two pages would be written to the same file …"
 */
export function describeBuildFailure(error: unknown): string {
  const chain = causes(error);
  const content = chain.find((e) => e instanceof Error && e.name === "ContentError");
  if (content) return (content as Error).message;
  const duplicate = chain.find((e) => e instanceof Error && e.constructor.name === "DuplicatePermalinkOutputError");
  if (duplicate) {
    const said = (duplicate as Error).message;
    const target = (/writing to `([^`]+)`/.exec(said) ?? /at "([^"]+)"\.?$/m.exec(said))?.[1]?.replace(/^\.\//, "");
    return `The site could not be built: two pages would be written to the same file${target ? ` (${printable(target)})` : ""}, so one would silently replace the other. Two things in the record give the same web address: look for ids that differ only in ways a web address drops, or an id that repeats a page's own address.`;
  }
  const innermost = chain.at(-1);
  return `The site could not be built: ${firstLine(innermost)}${chain.length > 1 ? ` (while ${firstLine(chain[0]).replace(/^./, (c) => c.toLowerCase())})` : ""}. This is not a content problem npm run check knows of; if it persists, report it with this message.`;
}
