import { parse, stringify } from "yaml";
import { EntryFrontMatterSchema } from "../schemas/entry.ts";

/** The order hand-written entries give their fields (CONTENT.md); any other field follows, in the schema's order. */
const HAND_WRITTEN_ORDER = ["title", "date", "datePrecision", "dateTo", "dateNote", "kind", "phase", "summary", "sources", "decidedBy", "people", "funding"];

/** Every field an entry may have, in the order a file gives them. */
export const entryFieldOrder: readonly string[] = [...new Set([...HAND_WRITTEN_ORDER, ...Object.keys(EntryFrontMatterSchema.shape)])].filter((k) => k !== "draft");

/** The line that marks a draft, with the reminder every new entry carries. */
export const DRAFT_LINE = "draft: true # shown by npm start, never published: delete this line when the entry is ready";

const isEmpty = (value: unknown) => value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * An entry's file as a person writes it: front matter in the usual field order with empty fields
 * left out, `draft: true` (with its reminder) last when it is a draft, then the body. `npm run new`
 * and the CMS both write entries through this, so a file never depends on which wrote it.
 * Fields it does not know are kept, after the others, so `npm run check` names them.
 * @example composeEntryFile({ title: "Cabinet decides", draft: true, … }, "Text.") // "---\ntitle: Cabinet decides\n…---\nText.\n"
 */
export function composeEntryFile(frontMatter: Record<string, unknown>, body: string): string {
  const known = entryFieldOrder.filter((k) => !isEmpty(frontMatter[k]));
  const unknown = Object.keys(frontMatter).filter((k) => k !== "draft" && !entryFieldOrder.includes(k) && !isEmpty(frontMatter[k]));
  const ordered = Object.fromEntries([...known, ...unknown].map((k) => [k, frontMatter[k]]));
  const yaml = Object.keys(ordered).length > 0 ? stringify(ordered, { lineWidth: 0, indentSeq: true }) : "";
  const draft = frontMatter.draft === true ? `${DRAFT_LINE}\n` : frontMatter.draft === false || frontMatter.draft === undefined ? "" : `draft: ${JSON.stringify(frontMatter.draft)}\n`;
  const text = body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "");
  return `---\n${yaml}${draft}---\n${text === "" ? "" : `${text}\n`}`;
}

/**
 * The fields and body of an entry's file, for an editor to show (not to validate: `npm run check`
 * does that). YAML 1.2 core schema, so dates stay the text written.
 */
export function readEntryFile(text: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---[^\S\r\n]*\r?\n([\s\S]*?)\r?\n?^---[^\S\r\n]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return { frontMatter: {}, body: text };
  const data = parse(match[1] ?? "", { schema: "core" }) as unknown;
  const frontMatter = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { frontMatter, body: text.slice(match[0].length) };
}
