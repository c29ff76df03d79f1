// Search for the /search/ page: runs Pagefind's index (built with the site) in the browser.
// Plain JavaScript, no build step; the page works without it (the form and help text stay).

/**
 * Splits a Pagefind excerpt ("text with <mark>words</mark>") into plain pieces, so the page can
 * show the highlights without ever parsing HTML from the index.
 * @param {string} excerpt
 * @returns {{ text: string, mark: boolean }[]}
 */
export function splitExcerpt(excerpt) {
  const decode = (/** @type {string} */ s) =>
    s.replace(/<[^>]*>/g, "").replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", amp: "&" })[e] ?? "");
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => (part.startsWith("<mark>") ? { text: decode(part.slice(6, -7)), mark: true } : { text: decode(part), mark: false }));
}

/** @param {number} n */
const resultsText = (n) => (n === 1 ? "1 result" : `${n} results`);

async function start() {
  const form = document.querySelector("[data-ar-search]");
  const input = document.getElementById("ar-search-q");
  const status = document.getElementById("ar-search-status");
  const list = document.getElementById("ar-search-results");
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !status || !list) return;

  // The site may live below the domain root (a path prefix); find everything relative to this file.
  const siteRoot = new URL("../", import.meta.url);
  /** @type {any} */
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ baseUrl: siteRoot.pathname });
  } catch {
    status.textContent = "Search is not available here: the search index was not found. Use the links below instead.";
    return;
  }

  /** @param {string} query */
  const run = async (query) => {
    list.replaceChildren();
    if (query.trim() === "") {
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((/** @type {any} */ r) => r.data()));
    for (const result of results) {
      const item = document.createElement("li");
      const title = document.createElement("p");
      title.className = "ar-list__title";
      const link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.meta?.title ?? result.url;
      title.append(link);
      const excerpt = document.createElement("p");
      for (const piece of splitExcerpt(result.excerpt ?? "")) {
        if (piece.mark) {
          const mark = document.createElement("mark");
          mark.textContent = piece.text;
          excerpt.append(mark);
        } else excerpt.append(piece.text);
      }
      item.append(title, excerpt);
      list.append(item);
    }
    const shown = results.length < search.results.length ? ` (showing the first ${results.length})` : "";
    status.textContent = `${resultsText(search.results.length)} for “${query}”${shown}.`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    void run(input.value);
  });
  const initial = new URL(window.location.href).searchParams.get("q") ?? "";
  input.value = initial;
  if (initial) await run(initial);
}

if (typeof document !== "undefined") void start();
