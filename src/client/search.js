// Search for the /search/ page: runs Pagefind's index (built with the site) in the browser.
// Plain JavaScript, no build step; the page works without it (the form and help text stay).
// Results come in groups, entries first, then people and bodies, then every other page (each group
// in Pagefind's own order), PAGE_SIZE at a time with a button for the rest, so no result is hidden.

/** How many results to show at once; the button shows the next as many. */
export const PAGE_SIZE = 20;

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

/**
 * Puts results in reading order: every group in the order given, each group's results in
 * Pagefind's ranking; results of a group not listed come last.
 * @template T
 * @param {{ group: string, results: T[] }[]} found
 * @param {string[]} order
 * @returns {T[]}
 */
export function inGroupOrder(found, order) {
  const rank = (/** @type {string} */ g) => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...found].sort((a, b) => rank(a.group) - rank(b.group)).flatMap((f) => f.results);
}

/**
 * What the status line says once results are shown.
 * @param {{ query: string, total: number, shown: number, groups: { label: string, count: number }[] }} s
 * @example resultsSummary({ query: "plan", total: 31, shown: 20, groups: [{ label: "entries", count: 12 }] })
 * // "31 results for “plan”: 12 entries. Showing 1 to 20."
 */
export function resultsSummary({ query, total, shown, groups }) {
  if (total === 0) return `No results for “${query}”.`;
  const counted = groups.filter((g) => g.count > 0).map((g) => `${g.count} ${g.label}`);
  const showing = shown < total ? ` Showing 1 to ${shown}.` : "";
  return `${total === 1 ? "1 result" : `${total} results`} for “${query}”${counted.length ? `: ${counted.join(", ")}` : ""}.${showing}`;
}

/**
 * The other parts of the search index, as folders relative to the site root. Only plain relative
 * folder names are accepted, so the list can never point the page at another site.
 * @param {URL} url
 * @returns {Promise<string[]>}
 */
export async function readParts(url) {
  const response = await fetch(url);
  if (!response.ok) return [];
  const { parts } = await response.json();
  return Array.isArray(parts) ? parts.filter((p) => typeof p === "string" && /^pagefind-\d+\/$/.test(p)) : [];
}

/** @param {string} id */
const readIsland = (id) => {
  const el = document.getElementById(id);
  try {
    return el ? JSON.parse(el.textContent ?? "{}") : {};
  } catch {
    return {};
  }
};

async function start() {
  const form = document.querySelector("[data-ar-search]");
  const input = document.getElementById("ar-search-q");
  const status = document.getElementById("ar-search-status");
  const list = document.getElementById("ar-search-results");
  const more = document.getElementById("ar-search-more");
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !status || !list || !(more instanceof HTMLButtonElement)) return;
  /** @type {{ groups?: { id: string, label: string, plural: string }[], filters?: { name: string, label: string, all: string, values: string[] }[] }} */
  const settings = readIsland("ar-search-settings");
  const groups = settings.groups ?? [];
  const filters = settings.filters ?? [];

  // The site may live below the domain root (a path prefix); find everything relative to this file.
  const siteRoot = new URL("../", import.meta.url);
  /** @type {any} */
  let pagefind;
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ baseUrl: siteRoot.pathname });
    // A large record's index is written in parts (src/cli/search-index-parts.ts): search them all.
    for (const part of await readParts(new URL("pagefind/parts.json", siteRoot))) {
      await pagefind.mergeIndex(new URL(part, siteRoot).pathname, { baseUrl: siteRoot.pathname });
    }
  } catch {
    status.textContent = "Search is not available here: the search index was not found. Use the links below instead.";
    return;
  }

  // Narrowing by phase and by kind: built here, because without JavaScript there is no search to narrow.
  const row = document.createElement("div");
  row.className = "ar-search__filters";
  /** @type {Map<string, HTMLSelectElement>} */
  const selects = new Map();
  for (const filter of filters) {
    const label = document.createElement("label");
    label.className = "ar-search__filter";
    const select = document.createElement("select");
    select.name = filter.name;
    select.className = "ar-search__select";
    for (const [value, text] of [["", filter.all], ...filter.values.map((v) => [v, v])]) {
      const option = document.createElement("option");
      option.value = value ?? "";
      option.textContent = text ?? "";
      select.append(option);
    }
    label.append(`${filter.label} `, select);
    row.append(label);
    selects.set(filter.name, select);
  }
  if (selects.size > 0) form.append(row);

  /** @type {any[]} */
  let ordered = [];
  let shown = 0;
  let summary = { query: "", total: 0, groups: /** @type {{ label: string, count: number }[]} */ ([]) };

  /** @param {any} result */
  const renderResult = (result) => {
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
    return item;
  };

  const showMore = async () => {
    const next = ordered.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    const items = data.map(renderResult);
    list.append(...items);
    shown += next.length;
    const left = ordered.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(PAGE_SIZE, left)} more ${left === 1 ? "result" : "results"} (${left} not shown yet)`;
    status.textContent = resultsSummary({ ...summary, shown });
    return items;
  };

  /** @param {string} query */
  const run = async (query) => {
    list.replaceChildren();
    more.hidden = true;
    ordered = [];
    shown = 0;
    if (query.trim() === "") {
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    /** @type {Record<string, string>} */
    const chosen = {};
    for (const [name, select] of selects) if (select.value) chosen[name] = select.value;
    const found = await Promise.all(
      groups.map(async (g) => ({ group: g.id, label: g.plural, results: (await pagefind.search(query, { filters: { ...chosen, group: g.id } }))?.results ?? [] })),
    );
    ordered = inGroupOrder(found, groups.map((g) => g.id));
    summary = { query, total: ordered.length, groups: found.map((f) => ({ label: f.label, count: f.results.length })) };
    await showMore();
  };

  more.addEventListener("click", async () => {
    const items = await showMore();
    // Keyboard and screen reader users land on the first new result, not back at the top.
    items[0]?.querySelector("a")?.focus();
  });
  const submit = () => {
    const url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    for (const [name, select] of selects) {
      if (select.value) url.searchParams.set(name, select.value);
      else url.searchParams.delete(name);
    }
    window.history.replaceState(null, "", url);
    void run(input.value);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  for (const select of selects.values()) select.addEventListener("change", () => input.value.trim() && submit());
  const params = new URL(window.location.href).searchParams;
  for (const [name, select] of selects) select.value = params.get(name) ?? "";
  const initial = params.get("q") ?? "";
  input.value = initial;
  if (initial) await run(initial);
}

if (typeof document !== "undefined") void start();
