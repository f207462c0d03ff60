"""Every registered tree: every path ends in an outcome; examples cover every outcome; citations resolve."""

from __future__ import annotations

from pathlib import Path

import pytest

from decision_tools import registry
from decision_tools.engine import walk
from decision_tools.model import Outcome, Question, Tree

DOCS = Path(__file__).resolve().parents[1] / "docs"
TREES = list(registry.TREES.values())


def all_paths(tree: Tree) -> list[list[tuple[str, str]]]:
    """Every answer sequence from the root to an outcome."""
    paths, stack = [], [[]]
    while stack:
        answers = stack.pop()
        node = walk(tree, answers).node
        if isinstance(node, Outcome):
            paths.append(answers)
        elif node.multiple:  # every option leads to the same node: one path per option is enough
            stack += [[*answers, (node.id, (option.id,))] for option in node.options]
        else:
            assert isinstance(node, Question)
            stack += [[*answers, (node.id, option.id)] for option in node.options]
    return paths


def test_registry_and_citations_are_valid():
    """No tree, catalogue or citation problem in the registry (the build runs the same check)."""
    assert registry.all_problems(DOCS) == []


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_every_path_reaches_an_outcome_and_every_outcome_is_reachable(tree):
    """Walking every option from the root ends in an outcome, and every outcome is on some path."""
    reached = {walk(tree, path).node.id for path in all_paths(tree)}
    assert reached == {o.id for o in tree.outcomes}


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_examples_cover_every_outcome(tree):
    """Each named example ends where it says, and together they reach every outcome."""
    for example in tree.examples:
        assert walk(tree, example.answers).node.id == example.outcome, example.id
    assert {e.outcome for e in tree.examples} == {o.id for o in tree.outcomes}


@pytest.mark.parametrize("tree", TREES, ids=lambda t: t.id)
def test_tidak_tahu_leads_somewhere_safe(tree):
    """ "Tidak tahu" leads where one of the other answers leads, or to an explicit "belum jelas/pasti" outcome."""
    for question in tree.questions:
        for option in (o for o in question.options if o.id == "tidak_tahu"):
            others = {o.next for o in question.options if o.id != "tidak_tahu"}
            assert option.next in others or "belum" in option.next, (question.id, option.next)
