import { distance } from "fastest-levenshtein";

/**
 * Suggests the closest known word to a misspelt one, or nothing when none is close.
 * @example didYouMean("titel", ["title", "date"]) // ' did you mean "title"?'
 */
export function didYouMean(word: string, known: readonly string[]): string {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word's length catches typos without suggesting unrelated words.
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (best !== undefined && bestDistance <= limit) return `; did you mean "${best}"?`;
  // An abbreviated id ("m-tett") shares its first letter and last word with the full one ("martin-tett").
  const words = lower.split("-");
  const last = words[words.length - 1];
  const abbreviated = words.length > 1 ? known.filter((k) => k[0] === lower[0] && k.toLowerCase().endsWith(`-${last}`)) : [];
  return abbreviated.length === 1 ? `; did you mean "${abbreviated[0]}"?` : "";
}
