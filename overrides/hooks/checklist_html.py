"""The web side of the checklists: HTML for the shortcode ``<!-- md:daftar-periksa [id] -->``.

Why this module exists: the checklist page a worker opens on a phone, the page printed from the
browser and the PDF must list the same items with the same words. This renders the web page from
:mod:`decision_tools.checklists` (the PDF comes from the same data in :mod:`checklist_typst`), with
citations made by :func:`decision_tools.render.ref_link`, so they link exactly like the tools'.

- ``<!-- md:daftar-periksa <id> -->`` on ``docs/daftar-periksa/<slug>.md``: one checklist, its PDF
  link with size and page count, every item (a real checkbox for a step; ticking it stays in the tab,
  and ``autocomplete="off"`` keeps the browser from restoring it), and the lines to fill in on paper.
- ``<!-- md:daftar-periksa -->`` on ``docs/daftar-periksa/index.md``: every checklist with its PDF,
  and "Unduh semua".

Every authored string is escaped. A page whose ``#`` heading differs from the checklist's title, or
that sits at another path than its slug, fails the build: the nav, the page and the PDF keep one name.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, Path(__file__).parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import checklist_typst  # noqa: E402

from decision_tools import checklists as cl  # noqa: E402
from decision_tools.model import Contact, Dont, Step  # noqa: E402
from decision_tools.render import STANDARD_VERSION, ref_link  # noqa: E402
from decision_tools.stages import STAGES  # noqa: E402

__all__ = ["checklist_html", "index_html", "shortcode"]

URL = "daftar-periksa/"  # where the pages and the PDFs live, from the site root


# Helpers -----------------------------------------------------------------------------------------


def _dom_id(*parts: str) -> str:
    return "-".join(("dp", *parts)).replace("_", "-").replace(".", "-")


def _refs(refs: tuple, base: str) -> str:
    links = "; ".join(ref_link(r, base) for r in refs)
    return f'<p class="dt-refs"><span class="dt-refs-label">Dasar:</span> {links}</p>' if refs else ""


def _download(slug: str, pdf: checklist_typst.Pdf, base: str, label: str, context: str, css: str = "") -> str:
    """A same-origin download link whose text says what it is and how big."""
    pages = f"{pdf.pages} halaman"
    return (f'<a class="dp-download{css}" href="{escape(base + URL + slug)}.pdf" type="application/pdf" '
            f'download="{escape(slug if slug == cl.BUNDLE_SLUG else "daftar-periksa-" + slug)}.pdf">{escape(label)}'
            f'<span class="dt-visually-hidden"> {escape(context)}</span> '
            f'<span class="dp-size">(PDF, A4, {pages}, {pdf.size})</span></a>')


def _item(entry: cl.Item, dom_id: str, base: str) -> str:
    if isinstance(entry, Contact):
        return (f'<li class="dp-item dp-item--kontak"><p class="dp-text"><strong>{escape(entry.name)}</strong>: '
                f'{escape(entry.how)}</p><p class="dp-meta">{escape(entry.when)}</p></li>')
    if isinstance(entry, Dont):
        return (f'<li class="dp-item dp-item--jangan"><p class="dp-text">{escape(entry.text)}</p>'
                f'<p class="dp-meta">{escape(entry.why)}</p>{_refs(entry.refs, base)}</li>')
    assert isinstance(entry, Step)
    return (
        f'<li class="dp-item dp-item--langkah"><input class="dp-check" type="checkbox" id="{dom_id}" '
        f'autocomplete="off"><label class="dp-text" for="{dom_id}">{escape(entry.text)}</label>'
        f'<p class="dt-step-meta dp-meta"><span><strong>Siapa:</strong> {escape(entry.who)}</span> '
        f'<span><strong>Kapan:</strong> {escape(entry.urgency.value)}</span> '
        f'<span class="dt-strength dt-strength--{entry.strength.name.lower()}">{escape(entry.strength.value)}'
        f'<span class="dt-strength-note"> ({escape(entry.strength.explanation)})</span></span></p>'
        f"{_refs(entry.refs, base)}</li>"
    )


def _blanks(checklist: cl.Checklist) -> str:
    if not checklist.blanks:
        return ""
    heading = _dom_id(checklist.slug, "isian")
    rows = "".join(
        f'<li class="dp-blank"><span class="dp-blank-label">{escape(b.label)}:</span>'
        + '<span class="dp-line" aria-hidden="true"></span>' * b.lines + "</li>"
        for b in checklist.blanks
    )
    return (f'<section class="dp-blanks" aria-labelledby="{heading}"><h2 id="{heading}">Diisi tangan</h2>'
            '<p class="dp-hint dt-no-print">Untuk ditulis tangan di kertas. Di layar tidak ada yang diisi atau '
            f'disimpan.</p><ul class="dp-blank-list">{rows}</ul></section>')


# Rendering ---------------------------------------------------------------------------------------


def checklist_html(checklist: cl.Checklist, base: str, pdf: checklist_typst.Pdf) -> str:
    """One checklist as a web page body: purpose, PDF link, sections of items, blanks, source."""
    parts = [
        f'<div class="dp" data-dp="{checklist.id}">',
        f'<p class="dp-purpose">{escape(checklist.purpose)}</p>',
        f'<p class="dp-privacy">{escape(cl.NO_IDENTITY)}</p>',
        '<p class="dp-actions dt-no-print">'
        + _download(checklist.slug, pdf, base, "Unduh PDF", checklist.title)
        + f' <a href="{escape(base + URL)}">Semua daftar periksa</a></p>',
    ]
    for section in checklist.sections:
        heading = _dom_id(checklist.slug, section.id)
        items = "".join(_item(cl.item(i), _dom_id(checklist.slug, i), base) for i in section.items)
        parts.append(f'<section class="dp-section" aria-labelledby="{heading}"><h2 id="{heading}">'
                     f'{escape(section.title)}</h2><ul class="dp-items">{items}</ul></section>')
    parts += [_blanks(checklist), f'<p class="dp-source">Sumber: {escape(STANDARD_VERSION)}.</p>', "</div>"]
    return "".join(parts)


def _group(title: str, dom_id: str, checklists: list[cl.Checklist], base: str,
           pdfs: dict[str, checklist_typst.Pdf]) -> str:
    items = "".join(
        f'<li class="dp-entry"><a class="dp-entry-title" href="{escape(base + URL + c.slug)}/">{escape(c.title)}</a>'
        f'<p class="dp-entry-purpose">{escape(c.purpose)}</p>'
        f"<p>{_download(c.slug, pdfs[c.slug], base, 'Unduh PDF', c.title)}</p></li>"
        for c in checklists
    )
    return f'<h3 id="{dom_id}">{escape(title)}</h3><ul class="dp-list">{items}</ul>'


def index_html(base: str, pdfs: dict[str, checklist_typst.Pdf]) -> str:
    """Every checklist (by stage of the service flow, then the cross-stage ones, then the cards)
    with its page and PDF, and one "Unduh semua" for the bundle."""
    order = [s.id for s in STAGES]
    all_lists = list(cl.CHECKLISTS.values())
    staged = sorted((c for c in all_lists if c.stages), key=lambda c: order.index(c.stages[0]))
    bundle = _download(cl.BUNDLE_SLUG, pdfs[cl.BUNDLE_SLUG], base, "Unduh semua",
                       "daftar periksa dan kartu dalam satu PDF", " md-button md-button--primary")
    return (
        f'<div class="dp-index"><p class="dp-all">{bundle}</p>'
        + _group("Per tahap layanan", "dp-per-tahap", staged, base, pdfs)
        + _group("Di setiap tahap", "dp-setiap-tahap", [c for c in all_lists if not c.stages and not c.card],
                 base, pdfs)
        + _group("Kartu satu halaman", "dp-kartu", [c for c in all_lists if c.card], base, pdfs)
        + "</div>"
    )


def shortcode(page: Page, args: list[str]) -> str:
    """``md:daftar-periksa`` with no argument (the list) or one checklist id (that checklist)."""
    base = "../" * page.url.count("/")
    pdfs = checklist_typst.build_all(checklist_typst.build_date())
    if not args:
        return index_html(base, pdfs)
    checklist = cl.CHECKLISTS.get(args[0]) if len(args) == 1 else None
    if checklist is None:
        raise PluginError(f"{page.file.src_path}: md:daftar-periksa perlu satu id daftar periksa "
                          f"({', '.join(cl.CHECKLISTS)}) atau tanpa id, bukan {args}")
    where = f"{URL}{checklist.slug}.md"
    if page.file.src_uri != where or page.title != checklist.title:
        raise PluginError(f"{page.file.src_path}: daftar periksa '{checklist.id}' harus di docs/{where} dengan "
                          f"judul '# {checklist.title}' (sekarang: '{page.title}')")
    return checklist_html(checklist, base, pdfs[checklist.slug])
