"""The sections of the standard that tools and checklists cite, in one place.

Why this module exists: a citation is a page under docs/ plus an explicit heading id. Naming each
cited section once keeps labels consistent, and the build (``citations.check``) fails if any of
them stops resolving, so a renamed heading id cannot silently break a tool.
"""

from __future__ import annotations

from .model import LegalRef, StandardRef

__all__ = ["legal", "section"]

_CHAPTERS = {
    "pendahuluan": "I",
    "pendampingan": "II",
    "pembinaan": "III",
    "pemulihan": "IV",
    "koordinasi": "V",
    "pemantauan": "VI",
}

# Standard six sub-section ids of a service page, and their numbers within a section.
_SUBSECTIONS = {"apa-itu": 1, "siapa": 2, "peran-orang-tua": 3, "cara": 4, "jangan": 5, "standar-minimum": 6}


def section(page: str, anchor: str, number: str, title: str) -> StandardRef:
    """``section("pendampingan/pendampingan-awal", "cara", "2.1", "Pendampingan awal")``.

    The label reads "Pedoman 2.1.4 Pendampingan awal: cara" for a standard sub-section id and
    "Pedoman 2.1 Pendampingan awal" otherwise.
    """
    chapter = page.split("/", 1)[0]
    if chapter not in _CHAPTERS:
        raise ValueError(f"unknown chapter in '{page}'")
    sub = _SUBSECTIONS.get(anchor)
    label_number = f"{number}.{sub}" if sub else number
    label_anchor = {
        "cara": ": cara",
        "jangan": ": yang tidak boleh",
        "siapa": ": siapa",
        "standar-minimum": ": standar minimum",
        "apa-itu": "",
        "peran-orang-tua": ": peran orang tua",
    }.get(anchor, "")
    return StandardRef(f"standar/{page}.md", anchor, f"Pedoman {label_number} {title}{label_anchor}")


def legal(instrument: str, article: str = "") -> LegalRef:
    """``legal("uu-11-2012", "Pasal 23 ayat (2)")``; the id must exist in decision_tools/law.py."""
    return LegalRef(instrument, article)
