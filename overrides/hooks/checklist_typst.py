"""Every checklist as an A4 PDF, typeset by Typst at build time, offline, cached by content hash.

Why this module exists: workers send checklists over WhatsApp and print them for home visits, so
each checklist (and one bundle of all of them) ships as a PDF made from the same data as the web
page (:mod:`decision_tools.checklists`). Not a build hook itself: the ``checklist_pdfs`` hook
publishes the files and the ``md:daftar-periksa`` shortcode shows their sizes, and both call
:func:`build_all`, which is memoised so the work happens once per build.

Why Typst (the ``typst`` wheel): a self-contained binary wheel (no TeX, no browser, no system
library), about 50 ms per small PDF, fonts embedded in the wheel (Libertinus Serif covers every
Indonesian character we print), and PDF/UA-1 output: tagged for screen readers, ``/Lang`` set,
title in the metadata. A headless browser would print what the print stylesheet shows, but needs
Chromium at build time and gives no tagged PDF; ReportLab or WeasyPrint need more code or system
libraries for the same page.

No escaping: authored text never becomes Typst markup. The template below is fixed; the data
reaches it as JSON through ``sys.inputs`` and is placed as plain strings, so ``*``, ``#``, ``$``
or ``[`` in a step print as they are. System fonts are ignored, so every machine makes the same PDF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import typst

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from decision_tools import checklists as cl  # noqa: E402
from decision_tools.contacts import CHECKED  # noqa: E402
from decision_tools.model import Contact, Dont, Step, Strength  # noqa: E402
from decision_tools.render import STANDARD_VERSION, format_date  # noqa: E402

__all__ = ["CACHE_DIR", "Pdf", "build_all", "build_date", "document_data", "prune"]

CACHE_DIR = ROOT / "build" / "daftar-periksa"  # build/ is git-ignored
AUTHOR = "Pedoman Layanan Anak Korban dan Pelaku Pornografi (edisi web), berdasarkan pedoman KemenPPPA dan ECPAT " \
         "Indonesia 2018"
PDF_STANDARDS = ["ua-1"]
TEMPLATE = r"""
#let data = json(bytes(sys.inputs.data))
#set document(title: data.title, author: data.author, keywords: data.keywords, date: auto)
#set text(lang: "id", font: "Libertinus Serif", size: 10pt, hyphenate: false)
#set par(leading: 0.5em, spacing: 0.75em)
#set list(spacing: 0.8em, body-indent: 2.2mm)
#set page(paper: "a4", margin: (x: 16mm, top: 13mm, bottom: 19mm), footer: context {
  set text(size: 7pt, fill: luma(70))
  grid(columns: (1fr, auto), column-gutter: 6mm, data.footer,
    [Halaman #counter(page).display() dari #counter(page).final().first()])
})
#show heading.where(level: 1): it => block(above: 1mm, below: 2.5mm, text(size: 15pt, weight: "bold", it.body))
#show heading.where(level: 2): it => block(above: 4mm, below: 2mm, sticky: true,
  text(size: 11pt, weight: "bold", it.body))

#let mark(kind) = if kind == "langkah" {
  box(width: 3.4mm, height: 3.4mm, stroke: 0.8pt, baseline: 0.5mm)
} else if kind == "jangan" {
  box(width: 3.4mm, height: 3.4mm, baseline: 0.5mm, {
    place(line(start: (0%, 0%), end: (100%, 100%), stroke: 1pt))
    place(line(start: (0%, 100%), end: (100%, 0%), stroke: 1pt))
  })
} else { [•] }

#let entry(it) = block(breakable: false, {
  if it.lead != "" { strong(it.lead); [: ] }
  it.text
  for line in it.small { linebreak(); text(size: 7.5pt, fill: luma(60), line) }
})

#let blank(b) = block(breakable: false, above: 6mm, {
  grid(columns: (auto, 1fr), column-gutter: 2mm, align: bottom, text(size: 9pt, b.label + ":"),
    box(width: 100%, height: 1em, stroke: (bottom: 0.5pt + luma(100))))
  for _ in range(b.lines - 1) { v(6.5mm); line(length: 100%, stroke: 0.5pt + luma(100)) }
})

#if data.contents {
  heading(level: 1, outlined: false, data.title)
  par(data.intro)
  outline(title: none, depth: 1)
}
#for (number, doc) in data.docs.enumerate() {
  if data.contents or number > 0 { pagebreak(weak: true) }
  text(size: 8pt, fill: luma(70), data.header)
  heading(level: 1, doc.title)
  par(doc.purpose)
  par(text(size: 8.5pt, style: "italic", doc.privacy))
  for section in doc.sections {
    heading(level: 2, section.title)
    for group in section.groups { list(marker: mark(group.kind), ..group.items.map(entry)) }
  }
  if doc.blanks.len() > 0 {
    heading(level: 2, "Diisi tangan")
    for b in doc.blanks { blank(b) }
  }
  v(3mm)
  text(size: 7pt, fill: luma(70), doc.legend)
}
#context [#metadata(counter(page).final().first()) <pages>]
"""


@dataclass(frozen=True)
class Pdf:
    content: bytes
    pages: int
    key: str  # hash of what it was made from; also its file name in CACHE_DIR

    @property
    def size(self) -> str:
        """Size as a reader sees it in a download link, e.g. "31 kB" (SI units, as phones show)."""
        return f"{max(1, round(len(self.content) / 1000))} kB"


def build_date() -> dt.date:
    """The date printed in every footer: ``SOURCE_DATE_EPOCH`` (reproducible builds) or today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


# Data ----------------------------------------------------------------------------------------------


def _item(entry: cl.Item) -> dict[str, object]:
    if isinstance(entry, Contact):
        return {"kind": "kontak", "lead": entry.name, "text": entry.how, "small": [entry.when]}
    basis = "Dasar: " + "; ".join(cl.ref_text(r) for r in entry.refs)
    if isinstance(entry, Dont):
        return {"kind": "jangan", "lead": "", "text": entry.text, "small": [entry.why, basis]}
    assert isinstance(entry, Step)
    meta = f"Siapa: {entry.who}. Kapan: {entry.urgency.value}. {entry.strength.value}."
    return {"kind": "langkah", "lead": "", "text": entry.text, "small": [meta, basis]}


def _groups(item_ids: tuple[str, ...]) -> list[dict[str, object]]:
    """Consecutive items of one kind form one list (one marker: box, cross or bullet)."""
    groups: list[dict[str, object]] = []
    for item_id in item_ids:
        data = _item(cl.item(item_id))
        if groups and groups[-1]["kind"] == data["kind"]:
            groups[-1]["items"].append(data)  # type: ignore[attr-defined]
        else:
            groups.append({"kind": data["kind"], "items": [data]})
    return groups


def _legend(checklist: cl.Checklist) -> str:
    entries = [cl.item(i) for s in checklist.sections for i in s.items]
    parts = []
    if any(isinstance(e, Step) for e in entries):
        parts.append("Kotak: centang bila sudah dilakukan. "
                     + " ".join(f"{s.value}: {s.explanation}." for s in Strength))
    if any(isinstance(e, Contact) for e in entries):
        parts.append(f"Nomor nasional terakhir diperiksa: {CHECKED}.")
    parts.append(f"Versi web: halaman Daftar periksa, {checklist.title}.")
    return " ".join(parts)


def _doc(checklist: cl.Checklist) -> dict[str, object]:
    return {
        "title": checklist.document_title,
        "purpose": checklist.purpose,
        "privacy": cl.NO_IDENTITY,
        "sections": [{"title": s.title, "groups": _groups(s.items)} for s in checklist.sections],
        "blanks": [{"label": b.label, "lines": b.lines} for b in checklist.blanks],
        "legend": _legend(checklist),
    }


def document_data(checklists: Iterable[cl.Checklist], title: str, day: dt.date) -> dict[str, object]:
    """Everything the template prints, as JSON-ready data; one checklist, or all with a contents page."""
    docs = list(checklists)
    keywords = ["daftar periksa", "perlindungan anak", "pendampingan", "KemenPPPA", "ECPAT Indonesia"]
    return {
        "title": title,
        "author": AUTHOR,
        "keywords": keywords + [c.title for c in docs],
        "header": "Daftar periksa · Pedoman Layanan Anak Korban dan Pelaku Pornografi",
        "footer": f"Sumber: {STANDARD_VERSION}. Dibuat {format_date(day)}.",
        "contents": len(docs) > 1,
        "intro": "Semua daftar periksa dan kartu dalam satu berkas. Setiap daftar mulai di halaman baru.",
        "docs": [_doc(c) for c in docs],
    }


# Compiling -------------------------------------------------------------------------------------------

_MEMORY: dict[str, Pdf] = {}


def _compile(data: dict[str, object], day: dt.date) -> Pdf:
    """Typeset ``data``, or reuse the PDF made from exactly the same data, template and Typst."""
    source = json.dumps(data, ensure_ascii=False, sort_keys=True)
    key = hashlib.sha256("\0".join((TEMPLATE, source, typst.__version__, *PDF_STANDARDS)).encode()).hexdigest()[:32]
    if key in _MEMORY:
        return _MEMORY[key]
    cached, pages_file = CACHE_DIR / f"{key}.pdf", CACHE_DIR / f"{key}.pages"
    if cached.is_file() and pages_file.is_file():
        pdf = Pdf(cached.read_bytes(), int(pages_file.read_text()), key)
    else:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        template = CACHE_DIR / "daftar-periksa.typ"
        if not template.is_file() or template.read_text(encoding="utf-8") != TEMPLATE:
            template.write_text(TEMPLATE, encoding="utf-8")
        compiler = typst.Compiler(template, ignore_system_fonts=True, sys_inputs={"data": source})
        timestamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        content = compiler.compile(format="pdf", pdf_standards=PDF_STANDARDS, timestamp=timestamp)
        pages = int(compiler.query("<pages>", field="value", one=True))
        assert isinstance(content, bytes)
        cached.write_bytes(content)
        pages_file.write_text(str(pages))
        pdf = Pdf(content, pages, key)
    _MEMORY[key] = pdf
    return pdf


def build_all(day: dt.date) -> dict[str, Pdf]:
    """slug -> PDF for every checklist, plus :data:`~decision_tools.checklists.BUNDLE_SLUG` for all."""
    pdfs = {c.slug: _compile(document_data([c], c.document_title, day), day) for c in cl.CHECKLISTS.values()}
    pdfs[cl.BUNDLE_SLUG] = _compile(document_data(cl.CHECKLISTS.values(), "Semua daftar periksa", day), day)
    return pdfs


def prune(keep: Iterable[Pdf]) -> None:
    """Delete cached PDFs this build did not use, so the cache holds one build's worth."""
    wanted = {p.key for p in keep}
    for cached in CACHE_DIR.glob("*.pdf"):
        if cached.stem not in wanted:
            cached.unlink()
            cached.with_suffix(".pages").unlink(missing_ok=True)
