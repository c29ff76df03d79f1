import MarkdownIt from "markdown-it";

/** Citation links in entries are written `[news report](source:source-id)`. */
export const SOURCE_SCHEME = "source:";

/** Where a source's full citation lives on the site. */
export const sourceUrl = (id: string): string => `/sources/#${id}`;

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
    for (const token of state.tokens) {
      // The page title is the only h1; an editor's "# Heading" becomes a section heading.
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
      if (token.type !== "inline" || !token.children) continue;
      for (const child of token.children) {
        if (child.type !== "link_open") continue;
        const href = String(child.attrGet("href") ?? "");
        if (href.startsWith(SOURCE_SCHEME)) {
          child.attrSet("href", sourceUrl(href.slice(SOURCE_SCHEME.length)));
          child.attrJoin("class", "ar-cite");
        }
      }
    }
  });
  return md;
}

export const markdown = createMarkdown();

/** Renders an entry body to HTML. @example renderMarkdown("*a*") // "<p><em>a</em></p>\n" */
export const renderMarkdown = (text: string): string => markdown.render(text);
