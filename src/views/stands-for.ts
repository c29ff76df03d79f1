/**
 * A view can say that some of its fields (or the whole of it) are made from exactly what a short
 * key names: `npm start` then fingerprints the key instead of their text, to tell which pages a
 * save changed (src/eleventy/unchanged-pages.ts). An entry's rendered HTML and body were two
 * thirds of the text fingerprinted on every save (docs/performance.md).
 * The mark is a symbol, so it is never part of what a template sees or JSON writes.
 */
const STANDS_FOR = Symbol("accountability-report.stands-for");

export interface StandsFor {
  /** Names everything the fields were made from: equal keys, equal fields. */
  key: string;
  /** The fields the key stands for; none: the whole view. */
  fields?: readonly string[];
}

/** Marks `view` (made just now, never changed later) and gives it back. */
export function standsFor<T extends object>(view: T, mark: StandsFor): T {
  Object.defineProperty(view, STANDS_FOR, { value: mark });
  return view;
}

/** The mark of a view, if it has one. */
export const markOf = (view: object): StandsFor | undefined => (view as { [STANDS_FOR]?: StandsFor })[STANDS_FOR];
