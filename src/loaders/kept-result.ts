import type { Locate } from "../problems/problem.ts";

/**
 * A file's result as the check cache keeps it: everything but its locator, a function of the
 * parsed YAML or JSON, made again from the file's text only if a later check has a problem to place.
 */
export interface Kept<R> {
  result: Omit<R, "locate">;
  /** Whether the result had a locator (the file parsed). */
  located: boolean;
}

/** What a result is kept as: without its locator. */
export function keep<R extends { locate?: Locate }>(result: R): Kept<R> {
  const { locate, ...rest } = result;
  return { result: rest, located: locate !== undefined };
}

/**
 * The result again, its locator made by `relocate` (reading the same text again) when first asked.
 * Most results never need one: only a problem found across files is placed with it.
 */
export function unkeep<R extends { locate?: Locate }>(kept: Kept<R>, relocate: () => Locate | undefined): R {
  if (!kept.located) return kept.result as R;
  let locate: Locate | undefined;
  return { ...kept.result, locate: (fieldPath, target) => (locate ??= relocate()!)(fieldPath, target) } as R;
}
