"""The explicit registry of decision trees (no auto-discovery).

Why this module exists: the site, the browser adapter and the tests all need the same list of
trees. Add a tree by naming its module here. A tree is imported only when it is asked for: a tool
page in the browser needs one tree, so it does not pay for importing (in Pyodide: compiling) the
other five.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from .model import Tree

__all__ = ["TREES", "TREE_IDS", "get"]

# Each id is also the name of the tree's module in decision_tools.trees (checked in the tests).
TREE_IDS: tuple[str, ...] = (
    "penanganan_awal",
    "status_hukum",
    "materi_digital",
    "rencana_layanan",
    "insiden_lembaga",
    "kesiapan_terminasi",
)


class _Trees(Mapping[str, Tree]):
    """Tree id -> tree, in the order above; each tree module is imported on first access."""

    def __getitem__(self, tree_id: str) -> Tree:
        if tree_id not in TREE_IDS:
            raise KeyError(tree_id)
        tree: Tree = importlib.import_module(f"{__package__}.trees.{tree_id}").TREE
        return tree

    def __iter__(self) -> Iterator[str]:
        return iter(TREE_IDS)

    def __len__(self) -> int:
        return len(TREE_IDS)


TREES: Mapping[str, Tree] = _Trees()


def get(tree_id: str) -> Tree | None:
    """The tree with this id, or None if no such tree is registered."""
    return TREES.get(tree_id)
