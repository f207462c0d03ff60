"""The explicit registry of decision trees (no auto-discovery).

Why this module exists: the site, the browser adapter and the tests all need the same list of
trees, validated once. Add a tree by importing it here.
"""

from __future__ import annotations

from pathlib import Path

from . import checklists, citations
from .contacts import CONTACTS
from .donts import DONTS
from .model import Tree
from .steps import STEPS
from .trees import (
    insiden_lembaga,
    kesiapan_terminasi,
    materi_digital,
    penanganan_awal,
    rencana_layanan,
    status_hukum,
)
from .validate import InvalidTree, problems

__all__ = ["TREES", "all_problems", "check_all", "get"]

TREES: dict[str, Tree] = {
    tree.id: tree
    for tree in (
        penanganan_awal.TREE,
        status_hukum.TREE,
        materi_digital.TREE,
        rencana_layanan.TREE,
        insiden_lembaga.TREE,
        kesiapan_terminasi.TREE,
    )
}


def get(tree_id: str) -> Tree | None:
    return TREES.get(tree_id)


def all_problems(docs_dir: Path | None = None) -> list[str]:
    """Every problem in every registered tree, the shared catalogues and the checklists; with ``docs_dir``,
    also every citation of the standard that does not resolve."""
    found: list[str] = []
    for tree in TREES.values():
        found += problems(tree, set(STEPS))
        for outcome in tree.outcomes:
            found += [f"{tree.id}.{outcome.id}: larangan '{d}' tidak ada di katalog" for d in outcome.donts
                      if d not in DONTS]
            found += [f"{tree.id}.{outcome.id}: kontak '{c}' tidak ada di katalog" for c in outcome.contacts
                      if c not in CONTACTS]
    found += checklists.problems()
    if docs_dir is not None:
        refs = citations.standard_refs(TREES.values(), (STEPS.values(), DONTS.values()))
        found += citations.unresolved(refs, docs_dir)
    return found


def check_all(docs_dir: Path | None = None) -> None:
    found = all_problems(docs_dir)
    if found:
        raise InvalidTree(found)
