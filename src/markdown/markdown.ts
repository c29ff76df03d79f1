import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

/** Citation links in entries are written `[news report](source:source-id "the words it rests on")`. */
export const SOURCE_SCHEME = "source:";

/** Where a source's full citation lives on the site. */
export const sourceUrl = (id: string): string => `/sources/#${id}`;

/** The source id a link address cites, whatever the case of its scheme; undefined for other links. */
export function citedSourceId(href: string): string | undefined {
  const trimmed = href.trim();
  return trimmed.toLowerCase().startsWith(SOURCE_SCHEME) ? trimmed.slice(SOURCE_SCHEME.length) : undefined;
}

/**
 * How a page shows its citations, passed to `renderMarkdown`: each citation becomes a link to a
 * note, and the notes gathered so far are placed after the block of text that holds them, so the
 * source's words sit beside the claim (and print with it) without any script.
 */
export interface CitationNotes {
  /** Called for each citation in reading order: where its link goes, its id and its visible marker. */
  cite(sourceId: string, passage: string | undefined): { href: string; id: string; marker: string };
  /** The HTML of the notes not yet placed; "" when there are none. */
  flush(): string;
}

interface RenderEnv {
  citations?: CitationNotes;
  /** Set by the citation check, which needs the links as written. */
  asWritten?: boolean;
}

/**
 * The one markdown-it instance for the whole site. Content is untrusted: raw HTML is shown as text,
 * links must be http(s), mailto, relative or `source:`, and images are off (they would load from
 * other hosts and none of the content needs them).
 */
function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable("image");
  const defaultValidate = md.validateLink.bind(md);
  md.validateLink = (url: string) => {
    const trimmed = url.trim().toLowerCase();
    if (trimmed.startsWith(SOURCE_SCHEME)) return true;
    if (/^[a-z][a-z0-9+.-]*:/.test(trimmed) && !/^(https?|mailto):/.test(trimmed)) return false;
    return defaultValidate(url);
  };
  md.core.ruler.push("citations-and-headings", (state) => {
    const env = state.env as RenderEnv;
    if (env.asWritten) return;
    const out: Token[] = [];
    for (const token of state.tokens) {
      out.push(token);
      // The page title is the only h1; an editor's "# Heading" becomes a section heading.
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
      if (token.type === "inline" && token.children) token.children = citationLinks(token.children, env, state.Token);
      // After each top-level block, the notes for the citations in it.
      if (env.citations && token.level === 0 && token.nesting !== 1) {
        const html = env.citations.flush();
        if (html !== "") {
          const notes = new state.Token("html_block", "", 0);
          notes.content = html;
          out.push(notes);
        }
      }
    }
    state.tokens = out;
  });
  return md;
}

/** Points each citation link at its note (or, without notes, at the source) and adds its marker. */
function citationLinks(children: Token[], env: RenderEnv, TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token): Token[] {
  const out: Token[] = [];
  let pendingMarker: string | undefined;
  for (const child of children) {
    if (child.type === "link_open") {
      const id = citedSourceId(String(child.attrGet("href") ?? ""));
      if (id !== undefined) {
        child.attrJoin("class", "ar-cite");
        if (env.citations) {
          const note = env.citations.cite(id, child.attrGet("title")?.toString());
          child.attrSet("href", note.href);
          child.attrSet("id", note.id);
          pendingMarker = note.marker;
        } else child.attrSet("href", sourceUrl(id));
        // The passage is shown in the note; a tooltip would only repeat it, out of reach of keyboards.
        child.attrs = (child.attrs ?? []).filter(([name]) => name !== "title");
      }
    }
    if (child.type === "link_close" && pendingMarker !== undefined) {
      const marker = new TokenClass("html_inline", "", 0);
      marker.content = pendingMarker;
      out.push(marker);
      pendingMarker = undefined;
    }
    out.push(child);
  }
  return out;
}

export const markdown = createMarkdown();

/** A body as markdown-it reads it, with citation links left as written (`source:id`), for the checks. */
export interface WrittenBody {
  body: string;
  tokens: Token[];
  /** Reference definitions (`[label]: address "title"`), by normalised label. */
  references: Record<string, { href: string; title: string }>;
}

/** Parses a body once for everything the record's checks read from it (src/record/read-body.ts). */
export function parseAsWritten(body: string): WrittenBody {
  const env: { asWritten: true; references?: WrittenBody["references"] } = { asWritten: true };
  const tokens = markdown.parse(body, env);
  return { body, tokens, references: env.references ?? {} };
}

/**
 * Renders an entry body to HTML; with `citations`, each citation links to a note placed after its
 * block of text. @example renderMarkdown("*a*") // "<p><em>a</em></p>\n"
 */
export const renderMarkdown = (text: string, citations?: CitationNotes): string => markdown.render(text, citations ? { citations } : {});
