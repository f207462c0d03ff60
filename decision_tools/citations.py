"""Check that every citation of the standard resolves to a heading id that exists in docs/.

Why this module exists: a tool that points a worker at a section that is not there is a broken
promise, so the build fails on it. Ids are the explicit ``{#id}`` of Markdown headings (the
content rules require them), read from the source so the check runs without a build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .model import StandardRef, Tree

__all__ = ["heading_ids", "standard_refs", "unresolved"]

_HEADING_ID = re.compile(r"^#{1,6}\s.*\{[:\s]*[^}]*#([A-Za-z0-9_-]+)[^}]*\}\s*$", re.MULTILINE)


def heading_ids(markdown: str) -> set[str]:
    """The explicit ids of the headings in a Markdown text."""
    return set(_HEADING_ID.findall(markdown))


def standard_refs(trees: Iterable[Tree], catalogues: Iterable[Iterable[object]]) -> list[tuple[str, StandardRef]]:
    """(where, ref) for every standard citation in the trees and the shared catalogues."""
    found: list[tuple[str, StandardRef]] = []
    for tree in trees:
        for node in (*tree.questions, *tree.outcomes):
            found += [(f"{tree.id}.{node.id}", r) for r in node.refs if isinstance(r, StandardRef)]
    for catalogue in catalogues:
        for item in catalogue:
            refs = getattr(item, "refs", ())
            found += [(getattr(item, "id", "?"), r) for r in refs if isinstance(r, StandardRef)]
    return found


def unresolved(refs: Iterable[tuple[str, StandardRef]], docs_dir: Path) -> list[str]:
    """One line per citation whose page or heading id does not exist."""
    problems: list[str] = []
    cache: dict[str, set[str] | None] = {}
    for where, ref in refs:
        if ref.page not in cache:
            path = docs_dir / ref.page
            cache[ref.page] = heading_ids(path.read_text(encoding="utf-8")) if path.is_file() else None
        ids = cache[ref.page]
        if ids is None:
            problems.append(f"{where}: rujukan ke halaman '{ref.page}' yang tidak ada")
        elif ref.anchor and ref.anchor not in ids:
            problems.append(f"{where}: rujukan ke '{ref.page}#{ref.anchor}', tetapi id itu tidak ada di halaman")
    return problems
