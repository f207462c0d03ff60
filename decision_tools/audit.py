"""Every problem in the registered trees, the shared catalogues and the checklists, in one list.

Why this module exists: the build (overrides/hooks/decision_trees.py) and the tests check all
of it at once; the browser never does, so none of this is imported there.
"""

from __future__ import annotations

from pathlib import Path

from . import checklists, citations, registry
from .contacts import CONTACTS
from .donts import DONTS
from .steps import STEPS
from .validate import problems

__all__ = ["all_problems"]


def all_problems(docs_dir: Path | None = None) -> list[str]:
    """Every problem found; with ``docs_dir``, also every citation of the standard that does not resolve."""
    found: list[str] = []
    for tree in registry.TREES.values():
        found += problems(tree, set(STEPS))
        for outcome in tree.outcomes:
            found += [f"{tree.id}.{outcome.id}: larangan '{d}' tidak ada di katalog" for d in outcome.donts
                      if d not in DONTS]
            found += [f"{tree.id}.{outcome.id}: kontak '{c}' tidak ada di katalog" for c in outcome.contacts
                      if c not in CONTACTS]
    found += checklists.problems()
    if docs_dir is not None:
        refs = citations.standard_refs(registry.TREES.values(), (STEPS.values(), DONTS.values()))
        found += citations.unresolved(refs, docs_dir)
    return found
