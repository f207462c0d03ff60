"""Printable checklists: one source for the web page, the PDF and a tool's printed result.

The data is checked as data (every id resolves, no identity blank), the built site is checked as a
reader gets it (every item on the page and in the PDF, sizes and metadata), and printing is checked
in Chromium with print media emulated.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import sys
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from conftest import ROOT, build_site
from pypdf import PdfReader
from test_build import edit, project_copy

from decision_tools import checklists as cl
from decision_tools import registry, render
from decision_tools.engine import walk
from decision_tools.model import Contact, Dont, Step
from decision_tools.stages import STAGES
from decision_tools.steps import STEPS

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import checklist_html  # noqa: E402
import checklist_typst  # noqa: E402

CHECKLISTS = list(cl.CHECKLISTS.values())
MAX_PDF_BYTES = 60_000  # one checklist; the bundle may hold them all
MAX_BUNDLE_BYTES = 250_000
A4 = (595.28, 841.89)  # points
READY_MS = 180_000  # a bound for Pyodide on a slow, shared machine, not a performance check
DOWNLOAD = re.compile(r'<a class="dp-download[^"]*" href="(?P<href>[^"]+)"[^>]*>.*?'
                      r'<span class="dp-size">\(PDF, A4, (?P<pages>\d+) halaman, (?P<kb>\d+) kB\)</span></a>')


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(reader: PdfReader) -> str:
    return words(" ".join(page.extract_text() for page in reader.pages))


def items(checklist: cl.Checklist) -> list[cl.Item]:
    return [cl.item(i) for section in checklist.sections for i in section.items]


def article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


# The data ------------------------------------------------------------------------------------------


def test_checklists_are_valid():
    """Every item id resolves, nothing repeats, every blank is free of the child's identity."""
    assert cl.problems() == []


def test_every_stage_and_both_cards_are_covered():
    """At least one checklist per stage of the service flow, plus rujukan and the two one-page cards."""
    covered = {stage for c in CHECKLISTS for stage in c.stages}
    assert {s.id for s in STAGES} <= covered
    assert {"rujukan", "jangan", "kontak", "hukum_anak_korban", "hukum_anak_berkonflik"} <= set(cl.CHECKLISTS)
    assert [c.id for c in CHECKLISTS if c.card] == ["jangan", "kontak"]
    assert all(isinstance(i, Dont) for i in items(cl.CHECKLISTS["jangan"]))
    assert all(isinstance(i, Contact) for i in items(cl.CHECKLISTS["kontak"]))


def test_validation_lists_every_bad_id_at_once(monkeypatch):
    """Unknown items, a repeated item, an unknown stage, a clashing slug and an identity blank are all reported."""
    bad = cl.Checklist("uji", "jangan", "Uji", ("tahap_lain",), "Uji.", (
        cl.ChecklistSection("satu", "Satu", ("awal.dengarkan", "langkah.tidak_ada", "awal.dengarkan")),
        cl.ChecklistSection("dua", "Dua", ("jangan.tidak_ada",)),
    ), (cl.Blank("Nama anak"), cl.Blank("Tanggal lahir")))
    monkeypatch.setitem(cl.CHECKLISTS, "uji", bad)
    found = cl.problems()
    assert "daftar periksa: slug 'jangan' dipakai 2 kali" in found
    assert "daftar periksa uji: tahap 'tahap_lain' tidak ada di decision_tools/stages.py" in found
    assert ("daftar periksa uji.satu: butir 'langkah.tidak_ada' tidak ada di katalog langkah, larangan, atau kontak"
            in found)
    assert "daftar periksa uji.satu: butir 'awal.dengarkan' muncul dua kali dalam satu daftar periksa" in found
    assert "daftar periksa uji.dua: butir 'jangan.tidak_ada' tidak ada di katalog" in " ".join(found)
    assert "daftar periksa uji: isian 'Nama anak' meminta identitas anak (nama anak)" in found
    assert "daftar periksa uji: isian 'Tanggal lahir' meminta identitas anak (tanggal lahir)" in found


def test_unknown_checklist_items_fail_the_build_listing_each(tmp_path: Path):
    """A checklist citing ids that no catalogue has stops the strict build, naming every one."""
    copy = project_copy(tmp_path)
    source = copy / "decision_tools" / "checklists.py"
    edit(source, '"keselamatan.hubungi_110", "medis.bawa', '"keselamatan.hubungi_111", "medis.bawa')
    edit(source, '("polisi_110", "igd")),', '("polisi_110", "igd_x")),')
    result = build_site(tmp_path / "site", copy / "mkdocs.yml")
    assert result.returncode != 0
    assert "daftar periksa pendampingan_awal.keselamatan: butir 'keselamatan.hubungi_111' tidak ada" in result.stderr
    assert "daftar periksa kontak.darurat: butir 'igd_x' tidak ada" in result.stderr


# One source, three outputs -------------------------------------------------------------------------


def test_one_change_reaches_the_page_the_pdf_and_the_tool_result(monkeypatch, tmp_path: Path):
    """A step edited once (with Typst and HTML markup in it) shows, as written, on the checklist page,
    in its PDF, and in the tool results that recommend it."""
    text = "Telepon 110 *sekarang* #segera [uji] $5 <b>_cepat_</b> @polisi"
    monkeypatch.setitem(STEPS, "keselamatan.hubungi_110", dataclasses.replace(STEPS["keselamatan.hubungi_110"],
                                                                             text=text))
    monkeypatch.setattr(checklist_typst, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(checklist_typst, "_MEMORY", {})
    checklist = cl.CHECKLISTS["pendampingan_awal"]
    pdf = checklist_typst.build_all(dt.date(2026, 1, 2))[checklist.slug]
    assert text in pdf_text(PdfReader(_write(tmp_path / "uji.pdf", pdf.content)))
    assert f'<label class="dp-text" for="dp-pendampingan-awal-keselamatan-hubungi-110">{escape(text)}</label>' in (
        checklist_html.checklist_html(checklist, "../../", pdf))
    tree = registry.TREES["penanganan_awal"]
    outcomes = [o for o in tree.outcomes if "keselamatan.hubungi_110" in o.steps]
    assert outcomes and all(escape(text) in render.outcome_body(o, "../../") for o in outcomes)


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_unchanged_checklists_are_not_typeset_again(monkeypatch, tmp_path: Path):
    """A rebuild reuses every cached PDF; changing one step retypesets only the PDFs that print it,
    and the cache keeps only what the latest build used."""
    monkeypatch.setattr(checklist_typst, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(checklist_typst, "_MEMORY", {})
    day = dt.date(2026, 1, 2)
    first = checklist_typst.build_all(day)
    compiled: list[str] = []
    real = checklist_typst.typst.Compiler

    def counting(*args, **kwargs):
        compiled.append(kwargs["sys_inputs"]["data"])
        return real(*args, **kwargs)

    monkeypatch.setattr(checklist_typst.typst, "Compiler", counting)
    monkeypatch.setattr(checklist_typst, "_MEMORY", {})  # a new process: only the disk cache is left
    assert checklist_typst.build_all(day) == first and compiled == []
    monkeypatch.setitem(STEPS, "periksa.rujuk_catat", dataclasses.replace(STEPS["periksa.rujuk_catat"], who="Uji"))
    again = checklist_typst.build_all(day)
    assert len(compiled) == 2  # the rujukan checklist and the bundle
    assert [slug for slug in first if again[slug] != first[slug]] == ["rujukan", cl.BUNDLE_SLUG]
    checklist_typst.prune(again.values())
    assert sorted(p.stem for p in tmp_path.glob("*.pdf")) == sorted(p.key for p in again.values())


def test_no_pdf_is_committed():
    """PDFs exist only in the built site (made from the data), never as files in docs/."""
    assert list((ROOT / "docs").rglob("*.pdf")) == []


# The built site ------------------------------------------------------------------------------------


@pytest.mark.parametrize("checklist", CHECKLISTS, ids=lambda c: c.id)
def test_pdf_lists_every_item_on_few_small_tagged_a4_pages(site_dir: Path, checklist: cl.Checklist):
    """Each PDF: every item's text, within its page and size budget, A4, title, language, tags, embedded
    fonts, and the standard's version and build date in the footer."""
    path = site_dir / "daftar-periksa" / f"{checklist.slug}.pdf"
    reader = PdfReader(path)
    text = pdf_text(reader)
    assert [t for entry in items(checklist) for t in cl.item_texts(entry) if words(t) not in text] == []
    cited = {cl.ref_text(r) for entry in items(checklist) if not isinstance(entry, Contact) for r in entry.refs}
    assert [c for c in cited if words(c) not in text] == []
    assert [b.label for b in checklist.blanks if f"{b.label}:" not in text] == []
    assert len(reader.pages) <= (1 if checklist.card else 2)
    assert path.stat().st_size <= MAX_PDF_BYTES
    _assert_accessible_a4(reader, checklist.document_title)


def _assert_accessible_a4(reader: PdfReader, title: str) -> None:
    root = reader.trailer["/Root"]
    assert reader.metadata.title == title and reader.metadata.author
    assert "daftar periksa" in reader.metadata["/Keywords"]
    assert str(root["/Lang"]).split("-")[0] == "id"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
            assert any(key.startswith("/FontFile") for key in descriptor["/FontDescriptor"]), font["/BaseFont"]
    made = reader.metadata.creation_date.date()
    footer = words(reader.pages[-1].extract_text())
    assert f"Sumber: {render.STANDARD_VERSION}. Dibuat {render.format_date(made)}." in footer


def test_unduh_semua_bundles_every_checklist_with_bookmarks(site_dir: Path):
    """The bundle holds a contents page and every checklist on its own pages, each one a bookmark."""
    folder = site_dir / "daftar-periksa"
    reader = PdfReader(folder / f"{cl.BUNDLE_SLUG}.pdf")
    text = pdf_text(reader)
    assert [t for c in CHECKLISTS for entry in items(c) for t in cl.item_texts(entry) if words(t) not in text] == []
    assert len(reader.pages) == 1 + sum(len(PdfReader(folder / f"{c.slug}.pdf").pages) for c in CHECKLISTS)
    top = [b.title for b in reader.outline if not isinstance(b, list)]  # lists hold each one's sections
    assert top == [c.document_title for c in CHECKLISTS]
    assert (folder / f"{cl.BUNDLE_SLUG}.pdf").stat().st_size <= MAX_BUNDLE_BYTES
    _assert_accessible_a4(reader, "Semua daftar periksa")


def downloads(site_dir: Path, page_url: str) -> list[tuple[Path, int, int]]:
    """(file, pages, kB) for each PDF link on a built page, as the link text states them."""
    html = (site_dir / page_url / "index.html").read_text(encoding="utf-8")
    found = []
    for match in DOWNLOAD.finditer(html):
        url = urlparse(urljoin(f"http://site/{page_url}", match["href"]))
        assert url.netloc == "site", "downloads stay on the site's origin"
        found.append((site_dir / url.path.lstrip("/"), int(match["pages"]), int(match["kb"])))
    return found


def test_every_download_link_states_the_real_size_and_page_count(site_dir: Path):
    """The list links each checklist's PDF and the bundle; each link's size and page count are the file's."""
    links = downloads(site_dir, "daftar-periksa/")
    for c in CHECKLISTS:
        links += downloads(site_dir, f"daftar-periksa/{c.slug}/")
    expected = {f"{c.slug}.pdf" for c in CHECKLISTS} | {f"{cl.BUNDLE_SLUG}.pdf"}
    assert {path.name for path, _, _ in links} == expected and len(links) == 2 * len(CHECKLISTS) + 1
    for path, pages, kb in links:
        assert (len(PdfReader(path).pages), round(path.stat().st_size / 1000)) == (pages, kb), path.name


@pytest.mark.parametrize("checklist", CHECKLISTS, ids=lambda c: c.id)
def test_page_lists_every_item_with_who_and_basis_and_no_identity_field(site_dir: Path, checklist: cl.Checklist):
    """The web page shows each item with who does it and its basis (linked as in the tools); its only
    inputs are checkboxes."""
    html = article((site_dir / "daftar-periksa" / checklist.slug / "index.html").read_text(encoding="utf-8"))
    for entry in items(checklist):
        assert all(escape(t) in html for t in cl.item_texts(entry)), entry.id
        refs = () if isinstance(entry, Contact) else entry.refs
        assert all(render.ref_link(r, "../../") in html for r in refs), entry.id
    steps = [e for e in items(checklist) if isinstance(e, Step)]
    inputs = re.findall(r"<input\b[^>]*>", html)
    assert len(inputs) == len(steps) and all('type="checkbox"' in i for i in inputs)
    blanks = re.findall(r'<span class="dp-blank-label">([^<]*):</span>', html)
    assert blanks == [escape(b.label) for b in checklist.blanks]
    assert [b for b in blanks if any(w in b.lower() for w in cl.IDENTITY_WORDS)] == []


# Printing, in the browser --------------------------------------------------------------------------

PRINT_HIDDEN = ("[data-qe]", ".md-header", ".md-sidebar", ".md-footer", ".md-skip", ".dt-no-print")


def hidden_when_printed(page) -> list[str]:
    """Which of the navigation and quick-exit parts are still visible; [] when none is."""
    return page.evaluate("(sels) => sels.filter((s) => [...document.querySelectorAll(s)].some((e) => "
                         "e.checkVisibility()))", list(PRINT_HIDDEN))


@pytest.mark.browser
def test_every_page_prints_its_content_without_navigation_or_quick_exit(context, base_url, site_dir: Path):
    """Printed, every page keeps its heading and text across the page width, without quick exit or navigation."""
    page = context.new_page()
    page.goto(f"{base_url}/")
    assert hidden_when_printed(page) != []  # on screen they are there
    page.emulate_media(media="print")
    problems = {}
    for built in sorted(site_dir.rglob("index.html")):
        path = built.parent.relative_to(site_dir).as_posix().removeprefix(".")
        if "assets" in built.parts:
            continue
        page.goto(f"{base_url}/{path}/" if path else f"{base_url}/")
        width = page.evaluate("document.querySelector('article').getBoundingClientRect().width / innerWidth")
        found = hidden_when_printed(page) + ([] if page.is_visible("article h1") else ["no heading"])
        if found or width < 0.9:
            problems[path or "/"] = (found, round(width, 2))
    assert problems == {}


@pytest.mark.browser
def test_checklist_page_prints_boxes_and_blanks_and_keeps_nothing(context, base_url):
    """A ticked box prints ticked; the PDF link does not print; after a reload nothing is ticked or stored."""
    checklist = cl.CHECKLISTS["pendampingan_awal"]
    page = context.new_page()
    page.goto(f"{base_url}/daftar-periksa/{checklist.slug}/")
    first = page.locator(".dp-check").first
    page.get_by_text(STEPS["keselamatan.hubungi_110"].text).click()  # the label ticks its box
    assert first.is_checked()
    page.emulate_media(media="print")
    assert page.locator(".dp-check").count() == sum(isinstance(e, Step) for e in items(checklist))
    assert first.is_visible() and first.is_checked() and page.is_hidden(".dp-download")
    assert all(page.get_by_text(f"{b.label}:", exact=True).is_visible() for b in checklist.blanks)
    page.reload()
    assert not page.locator(".dp-check").first.is_checked()
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0 and context.cookies() == []


@pytest.mark.browser
def test_tool_result_prints_as_a_checklist_with_answers_and_steps(context, base_url):
    """The printed result is the result alone: the answers and every step with a box to tick, the
    reasons unfolded, and no quick exit, navigation, buttons or the rest of the tool page."""
    tree = registry.TREES["penanganan_awal"]
    example = tree.examples[0]
    position = walk(tree, example.answers)
    page = context.new_page()
    page.goto(f"{base_url}/alat/{tree.slug}/")
    page.click(f"[data-dt-action=example][data-dt-example={example.id}]")
    page.click("[data-dt-app] [data-dt-action=confirm]", timeout=READY_MS)
    result = page.locator("[data-dt-app] .dt-result")
    result.wait_for(timeout=READY_MS)
    box = "(li) => getComputedStyle(li, '::before').borderTopStyle"
    assert result.locator(".dt-steps > li").first.evaluate(box) == "none"  # no box on screen
    page.emulate_media(media="print")
    assert hidden_when_printed(page) == []
    printed = words(result.inner_text())
    assert [s for s in position.steps if words(STEPS[s].text) not in printed] == []
    assert all(words(a.question.text) in printed and words(a.label) in printed for a in position.path)
    steps = result.locator(".dt-steps > li")
    assert steps.count() == len(position.steps)
    assert {steps.nth(i).evaluate(box) for i in range(steps.count())} == {"solid"}
    assert result.locator(".dt-why p").first.is_visible()
    assert "Tanpa identitas anak" in printed and tree.version in printed
    paper = pdf_text(PdfReader(io.BytesIO(page.pdf(format="A4"))))  # what the printer gets: the result alone
    # the page heading (the tool's name) then the result
    assert paper.startswith(f"{tree.title} {position.node.title}") and "Contoh kasus" not in paper

