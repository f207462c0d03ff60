"""Every registered tree: every path ends in an outcome; examples cover every outcome; citations resolve."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from decision_tools import audit, registry
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
    assert audit.all_problems(DOCS) == []


def test_registry_names_each_tree_by_its_module_and_loads_only_what_is_asked():
    """A tree's id is its module's name; asking for one tree in a fresh interpreter imports no other
    tree and none of the build-only modules (what the browser pays for on a tool page)."""
    for tree_id in registry.TREE_IDS:
        assert registry.get(tree_id).id == tree_id
    assert registry.get("tidak_ada") is None
    code = ("import json, sys; from decision_tools import browser, registry; registry.get('status_hukum'); "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('decision_tools'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=DOCS.parent)
    loaded = set(json.loads(done.stdout))
    assert "decision_tools.trees.status_hukum" in loaded
    assert not loaded & {f"decision_tools.trees.{t}" for t in registry.TREE_IDS if t != "status_hukum"}
    assert not loaded & {"decision_tools.audit", "decision_tools.checklists", "decision_tools.citations",
                         "decision_tools.validate"}


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
