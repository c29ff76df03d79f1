/** The text a reader sees in HTML: tags dropped, the five escaped characters decoded. */
export const visibleText = (html: string): string =>
  html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
