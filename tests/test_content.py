"""Content rules checked over the built site: terminology, legal citations, abbreviations, ids, reach."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from decision_tools import law
from decision_tools.citations import heading_ids
from decision_tools.terminology import AVOID, LEGAL_ONLY, LEGAL_ONLY_ALLOWED_TEXT

DOCS = ROOT / "docs"
PUBLISHED_IDS = Path(__file__).with_name("published_ids.txt")


class _Text(HTMLParser):
    """Visible article text, split into ordinary text and text inside quoted law / marked legal terms."""

    VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "source", "col", "area", "base", "embed"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element: is it legal context?
        self.skip = 0
        self.in_article = 0
        self.plain: list[str] = []
        self.legal: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        legal = "kutipan" in classes or "istilah-hukum" in classes
        self.stack.append(legal)
        if tag == "article":
            self.in_article += 1
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID or not self.stack:
            return
        self.stack.pop()
        if tag == "article":
            self.in_article -= 1
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.skip or not self.in_article:
            return
        (self.legal if any(self.stack) else self.plain).append(data)


def page_text(path: Path) -> tuple[str, str]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(parser.plain), " ".join(parser.legal)


def built_pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("index.html") if "assets" not in p.parts)


def test_terminology(site_dir: Path):
    """No avoided term anywhere; legal-only terms only inside quoted law or marked legal terms."""
    problems = []
    for page in built_pages(site_dir):
        plain, _ = page_text(page)
        text = re.sub(r"\s+", " ", plain)
        for allowed in LEGAL_ONLY_ALLOWED_TEXT:
            text = text.replace(allowed, "")
        lower = text.lower()
        where = page.relative_to(site_dir)
        problems += [f"{where}: '{term}' (tulis: {AVOID[term]})" for term in AVOID if term in lower]
        problems += [f"{page.relative_to(site_dir)}: '{term}' di luar kutipan hukum" for term in LEGAL_ONLY
                     if term in lower]
    assert problems == []


def test_every_cited_instrument_is_registered():
    """Every legal instrument named in docs/ is in decision_tools/law.py (so Dasar hukum lists it)."""
    unknown = {}
    for path in DOCS.rglob("*.md"):
        for short in law.find_citations(path.read_text(encoding="utf-8")):
            if law.by_short(short) is None:
                unknown.setdefault(short, []).append(path.relative_to(DOCS).as_posix())
    assert unknown == {}


def test_legal_basis_page_lists_every_instrument(site_dir: Path):
    """The generated Dasar hukum page has an entry (with its id) for every registered instrument."""
    html = (site_dir / "lampiran" / "dasar-hukum" / "index.html").read_text(encoding="utf-8")
    assert [i.id for i in law.INSTRUMENTS if f'id="{i.id}"' not in html] == []


ABBREVIATION_TOKEN = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z](?:-[A-Z]+)?\b")
NOT_ABBREVIATIONS = {"II", "III", "IV", "VI", "VII", "VIII", "WAJIB", "STANDAR", "DIANJURKAN", "BAB", "UUD",
                     "AA"}  # Roman numerals, strength labels, a WCAG conformance level


def test_every_abbreviation_is_defined(site_dir: Path):
    """Every abbreviation-like token in the pages is defined in includes/singkatan.md."""
    defined = {m.group(1) for line in (ROOT / "includes" / "singkatan.md").read_text(encoding="utf-8").splitlines()
               if (m := re.match(r"^\*\[(.+?)\]:", line))}
    words = {part for term in defined for part in re.split(r"[\s/]+", term)}
    missing: dict[str, str] = {}
    for page in built_pages(site_dir):
        plain, legal = page_text(page)
        for token in ABBREVIATION_TOKEN.findall(plain + " " + legal):
            if token not in defined and token not in words and token not in NOT_ABBREVIATIONS:
                missing.setdefault(token, page.relative_to(site_dir).as_posix())
    assert missing == {}


def current_ids() -> set[str]:
    return {f"{p.relative_to(DOCS).as_posix()}#{i}" for p in DOCS.rglob("*.md")
            for i in heading_ids(p.read_text(encoding="utf-8"))}


def test_published_ids_never_disappear():
    """Every heading id ever published (tests/published_ids.txt) still exists; new ids must be added."""
    published = set(PUBLISHED_IDS.read_text(encoding="utf-8").split())
    assert sorted(published - current_ids()) == []


@pytest.mark.parametrize("section_page", sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")))
def test_every_page_is_in_the_navigation_of_the_home_page(site_dir: Path, section_page: str):
    """From the home page any page is one link away in the navigation (two taps on a phone)."""
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    stem = section_page.removesuffix(".md").removesuffix("index").rstrip("/")
    href = f'href="{stem}/"' if stem else 'href="."'
    assert href in home, section_page


SERVICE_IDS = ["apa-itu", "siapa", "peran-orang-tua", "cara", "jangan", "standar-minimum"]
SERVICE_PAGES = sorted(p for chapter in ("pendampingan", "pembinaan", "pemulihan")
                       for p in (DOCS / "standar" / chapter).glob("*.md") if p.name != "index.md")


@pytest.mark.parametrize("path", SERVICE_PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_service_sections_answer_the_six_questions_in_order(path: Path):
    """Every service section of Bab II–IV has the six standard sub-sections, in order, with their ids."""
    ids = re.findall(r"^## .*\{#([a-z0-9-]+)\}\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert [i for i in ids if i in SERVICE_IDS] == SERVICE_IDS
