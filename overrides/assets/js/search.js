// Site search: Pagefind results in Material's search box (markup: overrides/partials/search.html;
// index and synonyms: overrides/hooks/search_index.py). Glue only: Pagefind stems, ranks and cuts
// excerpts; this file opens and closes the box, runs the reader's query and its synonym variants,
// and renders the results as plain links.
// Nothing is downloaded until the reader types, and then only from this site. Nothing here writes
// storage, the URL, the title or the history.
const DEFAULTS = Object.freeze({ pageSize: 10, sectionsShown: 3, delayMs: 150, maxQueries: 8 });

/** Lower case, words separated by single spaces (sinonim.json terms hold only letters, digits, spaces, -). */
function normalise(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, " ").trim();
}

/** The reader's query, then the same query with each synonym group's longest matching term swapped
 *  for every other term of its group (Pagefind itself has no synonyms). */
function queriesFor(query, groups) {
  const padded = ` ${normalise(query)} `;
  const queries = [query.trim()];
  for (const group of groups) {
    const found = group.map(normalise).filter((term) => padded.includes(` ${term} `))
      .sort((a, b) => b.length - a.length)[0];
    if (!found) continue;
    for (const other of group) {
      if (normalise(other) !== found) queries.push(padded.replace(` ${found} `, ` ${other} `).trim());
    }
  }
  return [...new Set(queries)].slice(0, DEFAULTS.maxQueries);
}

/** One list of pages from several searches: first those the reader's own words found, in Pagefind's
 *  order; then those found only through a synonym, in the order of the synonym list (the site's own
 *  term first). Pagefind's scores are not comparable between different queries, so they are not mixed. */
function merge(searches) {
  const pages = new Map();
  for (const search of searches) {
    for (const result of search.results) {
      if (!pages.has(result.id)) pages.set(result.id, result);
    }
  }
  return [...pages.values()];
}

/** Sections of a page, best first: a match in a heading weighs more than one in running text. */
function sections(page) {
  const weight = (sub) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  return page.sub_results
    .filter((sub) => sub.anchor && sub.anchor.element !== "h1")
    .map((sub) => ({ sub, weight: weight(sub) }))
    .sort((a, b) => b.weight - a.weight)
    .map(({ sub }) => sub);
}

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Pagefind's excerpt as text with <mark> kept; nothing else from it reaches the page. */
function excerpt(html) {
  const parsed = document.createElement("template");
  parsed.innerHTML = html;
  const paragraph = element("p", "");
  for (const node of parsed.content.childNodes) {
    paragraph.append(node.nodeName === "MARK" ? element("mark", "", node.textContent) : node.textContent);
  }
  return paragraph;
}

function count(template, number) {
  return template.replace("#", String(number));
}

class SiteSearch {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-search-config]").textContent);
    this.text = this.config.text;
    this.toggle = document.getElementById("__search"); // Material's open/closed state (a checkbox)
    this.opener = document.querySelector("[data-search-open]");
    this.inner = root.querySelector(".md-search__inner");
    this.input = root.querySelector("[data-search-input]");
    this.output = root.querySelector("[data-search-output]");
    this.status = root.querySelector("[data-search-status]");
    this.list = root.querySelector("[data-search-list]");
    this.sequence = 0;
    this.timer = 0;
    this.engine = null;
    this.results = [];
    this.bind();
    this.sync();
  }

  bind() {
    this.opener.addEventListener("click", () => { this.open(); this.input.focus(); });
    this.input.addEventListener("focus", () => this.open());
    this.input.addEventListener("input", () => {
      this.open(); // typing again after Escape
      this.list.setAttribute("aria-busy", "true"); // until the results for this text are shown
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(this.input.value), DEFAULTS.delayMs);
    });
    this.input.addEventListener("keydown", (event) => this.onInputKey(event));
    this.output.addEventListener("keydown", (event) => this.onResultKey(event));
    this.output.addEventListener("click", (event) => {
      if (event.target.closest("a[href]")) this.close();
    });
    this.root.querySelector("[data-search-reset]").addEventListener("click", () => {
      this.input.value = "";
      this.search("");
      this.input.focus();
    });
    this.toggle.addEventListener("change", () => this.sync());
    window.addEventListener("resize", () => this.sync());
    window.addEventListener("hashchange", () => this.close());
    this.root.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (next && !this.root.contains(next) && next !== this.opener) this.close();
    });
  }

  open() {
    this.toggle.checked = true;
    this.sync();
  }

  close() {
    this.toggle.checked = false;
    this.sync();
  }

  /** Closed results take no focus; on small screens (where the opener shows) neither does the closed box. */
  sync() {
    const open = this.toggle.checked;
    this.output.inert = !open;
    this.inner.inert = !open && this.opener.getClientRects().length > 0;
    this.opener.setAttribute("aria-expanded", String(open));
  }

  onInputKey(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      this.close();
      if (this.opener.getClientRects().length) this.opener.focus();
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      this.focusables()[0]?.focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.list.querySelector("a[href]")?.click();
    }
  }

  onResultKey(event) {
    const items = this.focusables();
    const index = items.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      this.input.focus();
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && index >= 0) {
      event.preventDefault();
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? this.input : items[Math.min(next, items.length - 1)]).focus();
    }
  }

  /** Results the reader can reach, in order (links inside a closed "more" are not). */
  focusables() {
    return [...this.output.querySelectorAll("a[href], summary, button")].filter((e) => e.getClientRects().length);
  }

  /** Pagefind and the synonym list, fetched on the first search only; a failure is retried next time. */
  load() {
    if (!this.engine) {
      const bundle = new URL(this.config.bundle, document.baseURI);
      const site = new URL("..", bundle);
      this.engine = Promise.all([
        import(new URL("pagefind.js", bundle).href).then(async (pagefind) => {
          await pagefind.options({ baseUrl: site.pathname });
          await pagefind.init();
          return pagefind;
        }),
        fetch(new URL(this.config.synonyms, document.baseURI)).then((response) => {
          if (!response.ok) throw new Error(`sinonim.json: HTTP ${response.status}`);
          return response.json();
        }),
      ]).then(([pagefind, synonyms]) => ({ pagefind, groups: synonyms.groups }));
      this.engine.catch(() => { this.engine = null; });
    }
    return this.engine;
  }

  /** Run a query; the previous results stay until the new ones are ready, then both change at once. */
  async search(query) {
    const sequence = ++this.sequence;
    if (!query.trim()) {
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = this.text.placeholder;
      this.list.setAttribute("aria-busy", "false");
      return;
    }
    if (!this.engine) this.status.textContent = this.text.initializer;
    try {
      const { pagefind, groups } = await this.load();
      const queries = queriesFor(query, groups);
      const searches = await Promise.all(queries.map((q) => pagefind.search(q)));
      if (sequence !== this.sequence) return;
      this.results = merge(searches);
      if (!(await this.showMore(sequence, true))) return;
      const total = this.results.length;
      const found = total === 0 ? this.text.none : total === 1 ? this.text.one : count(this.text.other, total);
      const also = queries.slice(1);
      this.status.textContent = also.length && total ? `${found}. ${count(this.text.synonyms, also.join(", "))}` : found;
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.list.replaceChildren();
      this.status.textContent = this.text.failed;
      console.error("Pencarian gagal:", error);
    }
    this.list.setAttribute("aria-busy", "false");
  }

  /** The next page of results (or the first, replacing the list); a "next" button stays last while
   *  more remain. Returns the new items, or null when a newer query has taken over. */
  async showMore(sequence, fresh = false) {
    const shown = fresh ? 0 : this.list.querySelectorAll(".md-search-result__item").length;
    const pages = await Promise.all(this.results.slice(shown, shown + DEFAULTS.pageSize).map((r) => r.data()));
    if (sequence !== this.sequence) return null;
    if (fresh) this.list.replaceChildren();
    this.list.querySelector(".site-search__more")?.remove();
    const items = pages.map((page) => this.item(page));
    this.list.append(...items);
    if (this.results.length > shown + items.length) {
      const button = element("button", "md-button site-search__next", this.text.next);
      button.type = "button";
      button.addEventListener("click", async () => {
        const added = await this.showMore(sequence);
        added?.[0]?.querySelector("a[href]").focus();
      });
      this.list.append(element("li", "site-search__more", button));
    }
    return items;
  }

  item(page) {
    const article = element("article", "md-search-result__article md-search-result__article--document md-typeset",
      element("div", "md-search-result__icon md-icon"), element("h1", "", page.meta.title), excerpt(page.excerpt));
    const item = element("li", "md-search-result__item", this.link(page.url, article));
    const subs = sections(page).map((sub) => this.link(sub.url,
      element("article", "md-search-result__article md-typeset", element("h2", "", sub.title), excerpt(sub.excerpt))));
    item.append(...subs.slice(0, DEFAULTS.sectionsShown));
    const rest = subs.slice(DEFAULTS.sectionsShown);
    if (rest.length) {
      const label = rest.length === 1 ? this.text.moreOne : count(this.text.moreOther, rest.length);
      item.append(element("details", "md-search-result__more", element("summary", "", element("div", "", label)),
        ...rest));
    }
    return item;
  }

  link(url, article) {
    const link = element("a", "md-search-result__link", article);
    link.href = url;
    return link;
  }
}

const root = document.querySelector("[data-search]");
if (root && !root.dataset.searchReady) {
  root.dataset.searchReady = "true";
  new SiteSearch(root);
}
