"""Site search in the real browser: Indonesian word forms, abbreviations and synonyms find the right
page, searching leaves no trace and stays on this site, and it all works by keyboard and on a phone.

Pagefind indexes the strictly built site (overrides/hooks/search_index.py); overrides/assets/js/search.js
renders its results in Material's search box. The table below is the contract for what a worker types.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import search_index  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402

pytestmark = pytest.mark.browser

# query -> the page (or page#section) that must be among the first three results; for a section, it
# must also be among the first three sections shown under its page.
QUERIES = [
    # Inflected forms: meN-, di-, peN-, ter-, ber-, per-, ke-/-an, -kan, -i, -nya, -lah
    ("mendampingi", "standar/pendampingan/"),
    ("didampingi", "standar/pendampingan/"),
    ("pendamping", "standar/pendampingan/"),
    ("diperas", "standar/pendahuluan/pengertian/#pemerasan-seksual"),
    ("memulihkan", "standar/pemulihan/"),
    ("dirujuk", "standar/koordinasi/rujukan/"),
    ("menghapus", "standar/pemulihan/penghapusan-materi/"),
    ("terhapus", "standar/pemulihan/penghapusan-materi/"),
    ("bersekolah", "standar/pembinaan/sekolah/"),
    ("berkoordinasi", "standar/koordinasi/"),
    ("dibina", "standar/pembinaan/"),
    ("persidangan", "standar/pendampingan/hukum-anak-berkonflik/"),
    ("kerahasiaannya", "standar/koordinasi/kerahasiaan/"),
    ("dicatat", "standar/koordinasi/pencatatan/"),
    ("catatlah", "standar/koordinasi/pencatatan/"),
    ("keluarganya", "standar/pembinaan/keluarga/"),
    ("direintegrasikan", "standar/pemulihan/reintegrasi/"),
    ("terminasinya", "standar/pemulihan/terminasi/"),
    ("kesehatannya", "standar/pemulihan/kesehatan-fisik-mental/"),
    ("disupervisi", "standar/pemantauan/supervisi/"),
    # Abbreviations and old names
    ("ABH", "lampiran/glosarium/#anak-berhadapan-dengan-hukum"),
    ("P2TP2A", "standar/pendahuluan/latar-belakang/#perubahan-lembaga"),
    ("UPTD PPA", "lampiran/direktori-layanan/#uptd-ppa-setempat"),
    ("VeR", "lampiran/glosarium/#visum-et-repertum"),
    ("LPSK", "standar/pemulihan/restitusi/"),
    ("TPPK", "standar/pembinaan/sekolah/"),
    ("Litmas", "lampiran/glosarium/#litmas"),
    ("KBGO", "lampiran/glosarium/#kekerasan-seksual-berbasis-elektronik"),
    # Synonyms and loanwords (includes/sinonim.yml)
    ("sextortion", "standar/pendahuluan/pengertian/#pemerasan-seksual"),
    ("sekstorsi", "standar/pendahuluan/pengertian/#pemerasan-seksual"),
    ("grooming", "standar/pendahuluan/pengertian/#bujuk-rayu"),
    ("pornografi anak", "standar/pendahuluan/pengertian/#csam"),
    ("child sexual abuse material", "standar/pendahuluan/pengertian/#csam"),
    ("live streaming", "standar/pendahuluan/pengertian/#siaran-langsung"),
    ("takedown", "standar/pemulihan/penghapusan-materi/"),
    ("hash", "standar/pemulihan/penghapusan-materi/#sidik-digital"),
    ("ganti rugi", "standar/pemulihan/restitusi/"),
    ("shelter", "standar/pemulihan/reintegrasi/"),
    ("foster care", "standar/pemulihan/reintegrasi/"),
    ("case conference", "standar/koordinasi/konferensi-kasus/"),
    ("informed consent", "lampiran/glosarium/#persetujuan"),
    ("restorative justice", "standar/pendahuluan/prinsip-dasar/"),
    ("kesehatan mental", "standar/pemulihan/kesehatan-fisik-mental/"),
    ("self harm", "standar/pendampingan/psikologis/"),
    ("anak pelaku", "standar/pendahuluan/anak-korban-dan-pelaku/"),
    ("visum", "standar/pendampingan/medis/"),
    ("diversi", "standar/pendampingan/hukum-anak-berkonflik/"),
    # Several words, inflected, with an abbreviation
    ("pendampingan hukum anak korban", "standar/pendampingan/hukum-anak-korban/"),
    ("perlindungan sementara", "lampiran/glosarium/#perlindungan-sementara"),
    ("konten dihapus", "lampiran/tanya-jawab/#konten-dihapus"),
    ("orang tua menolak melapor", "lampiran/tanya-jawab/#orang-tua-menolak"),
    ("anak dipenjara", "lampiran/tanya-jawab/#dipenjara"),
    ("HP anak disita", "lampiran/tanya-jawab/#menyita-ponsel"),
]

RESULTS = """() => [...document.querySelectorAll('[data-search-list] > .md-search-result__item')].map((item) => ({
    page: new URL(item.querySelector('a').href).pathname,
    sections: [...item.querySelectorAll(':scope > a')].slice(1).map((a) => new URL(a.href).hash.slice(1)),
}))"""
STORED = """async () => ({ local: localStorage.length, session: sessionStorage.length,
    idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length })"""


def search(page, query: str) -> list[dict]:
    """Type a query into the header search and return the results once they are shown."""
    page.fill("[data-search-input]", query)
    page.wait_for_selector("[data-search-list][aria-busy=false]", state="attached")
    return page.evaluate(RESULTS)


SHOWN = """(selector) => { const e = document.querySelector(selector);
    return e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !e.closest('[inert]'); }"""


def shown(page, selector: str) -> bool:
    """Seen and reachable: visible, not transparent, not inert (Material hides the closed box by opacity)."""
    return page.evaluate(SHOWN, selector)


def wait_shown(page, selector: str) -> None:
    """Wait for the end of Material's opening transition."""
    page.wait_for_function(SHOWN, arg=selector)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return { href: e.href || '', input: e.hasAttribute('data-search-input'),
                 opener: e.hasAttribute('data-search-open'), result: !!e.closest('[data-search-list]') }; }""")


def tab_until(page, predicate, limit: int = 40) -> dict:
    """Press Tab until the focused element matches; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if predicate(state := focused(page)):
            return state
    raise AssertionError(f"focus never reached the target; last focus: {focused(page)}")


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    """One page for the whole query table: Pagefind loads once, as it would for a reader."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/")
    yield page
    context.close()


# Finding ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "target"), QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_its_page_in_the_top_three(search_page, query: str, target: str):
    """The target page is among the first three results, and a target section among its first three."""
    results = search(search_page, query)
    path, _, section = target.partition("#")
    pages = [r["page"] for r in results]
    assert f"/{path}" in pages[:3], f"{query!r}: {target} not in the top 3; got {pages[:5]}"
    if section:
        shown = results[pages.index(f"/{path}")]["sections"]
        assert section in shown[:3], f"{query!r}: #{section} not among the first sections; got {shown}"


def test_the_table_covers_every_kind_of_query():
    """At least 30 queries, with synonyms, abbreviations and several-word queries among them."""
    groups = {term.lower() for group in search_index.synonym_groups() for term in group[1:]}
    assert len(QUERIES) >= 30
    assert sum(q.lower() in groups for q, _ in QUERIES) >= 10
    assert sum(" " in q for q, _ in QUERIES) >= 8


def test_a_section_titled_with_the_term_comes_before_passing_mentions(search_page):
    """"restitusi": the page titled Restitusi leads; the glossary shows its Restitusi entry first."""
    results = search(search_page, "restitusi")
    assert results[0]["page"] == "/standar/pemulihan/restitusi/"
    glossary = next(r for r in results if r["page"] == "/lampiran/glosarium/")
    assert glossary["sections"][0] == "restitusi"


def test_results_show_page_section_and_matching_text(search_page):
    """Each result names its page and sections and shows the matched words highlighted in context."""
    search(search_page, "sextortion")
    first = search_page.locator("[data-search-list] > .md-search-result__item").first
    assert "Apa itu pornografi" in first.locator("h1").inner_text()
    assert "pemerasan seksual (sextortion)" in first.locator("h2").first.inner_text()
    assert first.locator("mark").count() > 0
    status = search_page.inner_text("[data-search-status]")
    assert re.match(r"\d+ dokumen ditemukan\. Termasuk hasil untuk: pemerasan seksual, sekstorsi$", status), status


def test_a_query_with_no_match_says_so(search_page):
    """A query nothing matches empties the list and says so in the status message."""
    assert search(search_page, "qwxzv") == []
    assert search_page.inner_text("[data-search-status]") == "Tidak ada dokumen yang sesuai"


# Privacy and bytes --------------------------------------------------------------------------------


def test_nothing_is_downloaded_until_the_reader_types_and_then_only_pieces(context, base_url, site_dir: Path):
    """Loading a page, or opening the search, fetches nothing of the index; a query fetches some of the
    index chunks, not all of them."""
    fetched: list[str] = []
    context.on("request", lambda r: fetched.append(urlparse(r.url).path))
    page = context.new_page()
    page.goto(f"{base_url}/standar/")
    page.click("[data-search-input]")
    assert [p for p in fetched if p.startswith("/pagefind/") or p.endswith("sinonim.json")] == []
    assert search(page, "didampingi")
    chunks = {p for p in fetched if p.startswith("/pagefind/index/")}
    assert 0 < len(chunks) < len(list((site_dir / "pagefind" / "index").iterdir()))


def test_searching_stays_on_this_site_and_leaves_no_trace(context, base_url):
    """Searching (synonyms and "more results" included) requests only this site and never sends a query
    word; the URL, title and history stay as they were; nothing is stored."""
    origin = urlparse(base_url).netloc
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{base_url}/standar/")
    before = (page.url, page.title(), page.evaluate("history.length"))
    queries = ("sekstorsi", "didampingi")
    for query in queries:
        assert search(page, query)
    page.click("[data-search-list] .site-search__next")
    page.wait_for_selector("[data-search-list] > .md-search-result__item:nth-child(11)")
    page.keyboard.press("Escape")
    assert any("/pagefind/index/" in url for url in requests), "the worker's requests must be visible here"
    assert [url for url in requests if urlparse(url).netloc != origin] == []
    assert [url for url in requests if any(q in url.lower() for q in queries)] == []
    assert (page.url, page.title(), page.evaluate("history.length")) == before
    assert context.cookies() == []
    assert page.evaluate(STORED) == {"local": 0, "session": 0, "idb": 0, "caches": 0, "workers": 0}


def test_result_links_carry_no_search_term(search_page):
    """Result links are plain page and section addresses: no highlight or share parameter."""
    search(search_page, "sekstorsi")
    hrefs = search_page.eval_on_selector_all("[data-search-list] a[href]", "links => links.map(a => a.href)")
    assert hrefs and [h for h in hrefs if urlparse(h).query or "sekstorsi" in h.lower()] == []


def test_no_material_search_index_is_built(site_dir: Path):
    """Material's lunr index is gone; Pagefind's bundle is there without its unused UI files."""
    assert not (site_dir / "search").exists()
    bundle = site_dir / "pagefind"
    assert (bundle / "pagefind.js").is_file() and any((bundle / "index").iterdir())
    assert [name for name in search_index.UNUSED_BUNDLE_FILES if (bundle / name).exists()] == []


# Keyboard, screen reader and phone ----------------------------------------------------------------


def test_keyboard_only_search_opens_a_result(context, base_url):
    """Tab to the search box, type, arrow down to a result, Enter opens it; Escape goes back to the box."""
    page = context.new_page()
    page.goto(f"{base_url}/")
    tab_until(page, lambda f: f["input"])
    page.keyboard.type("diperas")
    page.wait_for_selector("[data-search-list][aria-busy=false]", state="attached")
    assert page.locator("[data-search-status]").get_attribute("role") == "status"
    page.keyboard.press("ArrowDown")
    first = focused(page)
    assert first["result"]
    page.keyboard.press("ArrowDown")
    second = focused(page)
    assert second["result"] and second["href"] != first["href"]
    page.keyboard.press("ArrowUp")
    assert focused(page)["href"] == first["href"]
    page.keyboard.press("Escape")
    assert focused(page)["input"]
    tab_until(page, lambda f: f["result"])
    target = focused(page)["href"]
    page.keyboard.press("Enter")
    page.wait_for_url(target)
    assert page.url == target


def test_on_a_phone_the_search_opens_by_keyboard_and_results_are_readable(browser, base_url):
    """At 360 px: a focusable button opens the search, results fit the screen in readable text, and
    Escape closes it and returns focus to the button."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{base_url}/")
    assert not shown(page, "[data-search-input]")
    tab_until(page, lambda f: f["opener"])
    page.keyboard.press("Enter")
    wait_shown(page, "[data-search-input]")
    assert focused(page)["input"]
    assert page.get_attribute("[data-search-open]", "aria-expanded") == "true"
    page.keyboard.type("grooming")
    page.wait_for_selector("[data-search-list][aria-busy=false]", state="attached")
    layout = page.evaluate("""() => { const wrap = document.querySelector('.md-search__scrollwrap');
        const first = document.querySelector('[data-search-list] .md-search-result__article p');
        const box = first.getBoundingClientRect();
        return { overflow: wrap.scrollWidth - wrap.clientWidth, left: box.left, right: box.right,
                 font: parseFloat(getComputedStyle(first).fontSize), visible: first.checkVisibility() }; }""")
    assert layout["visible"] and layout["overflow"] <= 0 and layout["left"] >= 0 and layout["right"] <= 360
    assert layout["font"] >= 14
    page.keyboard.press("Escape")
    assert focused(page)["opener"] and not shown(page, "[data-search-input]")
    assert page.get_attribute("[data-search-open]", "aria-expanded") == "false"
    page.keyboard.press("Tab")  # the closed box is skipped: no invisible stop that reopens it
    assert not focused(page)["input"] and page.get_attribute("[data-search-open]", "aria-expanded") == "false"
    context.close()


def test_closed_results_cannot_take_focus(context, base_url):
    """After the search closes, Tab never lands on a result hidden behind the header."""
    page = context.new_page()
    page.goto(f"{base_url}/")
    search(page, "visum")
    page.keyboard.press("Escape")
    for _ in range(15):
        page.keyboard.press("Tab")
        assert not focused(page)["result"]


def test_search_passes_axe(browser, base_url):
    """axe-core (WCAG 2.2 AA rules) finds nothing in the open search box with results."""
    context = browser.new_context(bypass_csp=True)  # bypassed only to inject axe itself
    page = context.new_page()
    page.goto(f"{base_url}/")
    search(page, "pendampingan")
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    violations = page.evaluate("""async () => (await axe.run({ include: [['[data-search]'], ['[data-search-open]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))
        .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)""")
    context.close()
    assert violations == []


# The synonym file ---------------------------------------------------------------------------------


def test_glossary_shows_every_synonym_group_with_the_legal_term_marked(site_dir: Path):
    """The glossary's #sinonim table lists every group; "pornografi anak" is marked as a legal term."""
    html = (site_dir / "lampiran" / "glosarium" / "index.html").read_text(encoding="utf-8")
    table = html[html.index('id="sinonim"'):]
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>", table, re.S)
    assert len(rows) == len(search_index.synonym_groups())
    assert '<em class="istilah-hukum">pornografi anak</em>' in table


def test_a_bad_synonym_file_fails_the_build_listing_every_problem(tmp_path: Path):
    """An avoided term, a lone term and a stray character are all reported at once."""
    bad = tmp_path / "sinonim.yml"
    bad.write_text("- [revenge porn, penyebaran konten intim]\n- [visum, VeR]\n- [ver]\n"
                   "- [rumah aman, shelter/rumah]\n", encoding="utf-8")
    with pytest.raises(PluginError) as error:
        search_index.synonym_groups(bad)
    message = str(error.value)
    assert "'revenge porn' adalah istilah yang dihindari" in message
    assert "kelompok 3: perlu paling sedikit dua kata" in message
    assert "'shelter/rumah' hanya boleh berisi huruf" in message


def test_repeated_synonym_term_is_reported(tmp_path: Path):
    """A term in two groups would make a query ambiguous, so it fails the build."""
    bad = tmp_path / "sinonim.yml"
    bad.write_text("- [visum, VeR]\n- [pemeriksaan medikolegal, ver]\n", encoding="utf-8")
    with pytest.raises(PluginError, match="'ver' sudah ada di kelompok 1"):
        search_index.synonym_groups(bad)
