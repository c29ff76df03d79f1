const ARTICLES = new Set(["a", "an", "the"]);

/**
 * The words after the date in an entry's file name, from its title: lower case, hyphens, no
 * articles, at most six words and 50 characters, so addresses stay short and readable.
 * @example slugify("Cabinet approves the improvement plan") // "cabinet-approves-improvement-plan"
 */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !ARTICLES.has(w));
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === 6 || [...kept, word].join("-").length > 50) break;
    kept.push(word);
  }
  return kept.join("-") || "entry";
}
