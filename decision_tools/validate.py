"""Validate a whole tree and report every problem at once.

Why this module exists: a malformed tree must fail the build with every offending id listed, not
one error per run (python-statemachine's ``InvalidDefinition`` is the model). The site build, the
tests and the registry all call :func:`check`; :func:`problems` is the list behind it.
"""

from __future__ import annotations

import re
from collections import Counter

from . import law
from .derive import DERIVERS
from .engine import AnswerError, walk
from .model import LegalRef, Question, Ref, Tree

__all__ = ["InvalidTree", "check", "problems"]

TREE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
SLUG = re.compile(r"^[a-z][a-z0-9-]*$")
QUESTION_ID = re.compile(r"^q_[a-z0-9_]+$")
OUTCOME_ID = re.compile(r"^h_[a-z0-9_]+$")
OPTION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
EXAMPLE_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class InvalidTree(ValueError):
    """Raised with the full list of problems; ``str()`` shows one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("Pohon keputusan tidak valid:\n" + "\n".join(f"  - {p}" for p in problems))


def check(tree: Tree, step_ids: frozenset[str] | set[str]) -> None:
    """Raise :class:`InvalidTree` listing every problem, or return quietly."""
    found = problems(tree, step_ids)
    if found:
        raise InvalidTree(found)


def problems(tree: Tree, step_ids: frozenset[str] | set[str]) -> list[str]:
    """Every problem in ``tree``; ``step_ids`` are the ids of the shared step catalogue."""
    out: list[str] = []
    out += _id_problems(tree)
    out += _graph_problems(tree)
    out += _content_problems(tree, step_ids)
    if not out:  # examples can only be walked on a sound graph
        out += _example_problems(tree)
    return out


# Ids ---------------------------------------------------------------------------------------------


def _id_problems(tree: Tree) -> list[str]:
    out = []
    if not TREE_ID.match(tree.id):
        out.append(f"{tree.id}: id alat tidak sah (huruf kecil, angka, garis bawah)")
    if not SLUG.match(tree.slug):
        out.append(f"{tree.id}: slug '{tree.slug}' tidak sah (huruf kecil, angka, tanda hubung)")
    for question in tree.questions:
        if not QUESTION_ID.match(question.id):
            out.append(f"{tree.id}.{question.id}: id pertanyaan harus berbentuk q_…")
        for option_id, count in Counter(o.id for o in question.options).items():
            if count > 1:
                out.append(f"{tree.id}.{question.id}.{option_id}: id pilihan dipakai {count} kali")
        for option in question.options:
            if not OPTION_ID.match(option.id):
                out.append(f"{tree.id}.{question.id}.{option.id}: id pilihan tidak sah")
        if question.multiple and len({o.next for o in question.options}) > 1:
            out.append(f"{tree.id}.{question.id}: semua pilihan ganda harus menuju node yang sama")
        if question.derive:
            deriver = DERIVERS.get(question.derive)
            if deriver is None:
                out.append(f"{tree.id}.{question.id}: penghitung '{question.derive}' tidak dikenal")
            elif missing := sorted(deriver.option_ids - {o.id for o in question.options}):
                out.append(f"{tree.id}.{question.id}: penghitung dapat menghasilkan {missing}, "
                           "tetapi pilihan itu tidak ada")
    for outcome in tree.outcomes:
        if not OUTCOME_ID.match(outcome.id):
            out.append(f"{tree.id}.{outcome.id}: id hasil harus berbentuk h_…")
    all_ids = [n.id for n in (*tree.questions, *tree.outcomes)]
    for node_id, count in Counter(all_ids).items():
        if count > 1:
            out.append(f"{tree.id}.{node_id}: id dipakai {count} kali")
    for example_id, count in Counter(e.id for e in tree.examples).items():
        if count > 1 or not EXAMPLE_ID.match(example_id):
            out.append(f"{tree.id}.{example_id}: id contoh tidak sah atau ganda")
    return out


# Graph -------------------------------------------------------------------------------------------


def _graph_problems(tree: Tree) -> list[str]:
    out = []
    nodes = tree.nodes
    if tree.root not in nodes:
        return [f"{tree.id}: akar '{tree.root}' tidak ada"]
    if not isinstance(nodes[tree.root], Question):
        out.append(f"{tree.id}.{tree.root}: akar harus sebuah pertanyaan")
    targets: set[str] = set()
    for question in tree.questions:
        if len(question.options) < 2:
            out.append(f"{tree.id}.{question.id}: pertanyaan buntu (kurang dari dua pilihan)")
        for option in question.options:
            if option.next not in nodes:
                out.append(f"{tree.id}.{question.id}.{option.id}: menuju '{option.next}' yang tidak ada")
            targets.add(option.next)
    if tree.root in targets:
        out.append(f"{tree.id}.{tree.root}: akar tidak boleh dituju oleh pilihan mana pun")
    for node_id in nodes:
        if node_id != tree.root and node_id not in targets:
            out.append(f"{tree.id}.{node_id}: akar kedua (tidak dituju pilihan mana pun)")
    reachable = _reachable(tree)
    for node_id in nodes:
        if node_id not in reachable:
            out.append(f"{tree.id}.{node_id}: tidak terjangkau dari akar")
    out += [f"{tree.id}.{node_id}: bagian dari siklus" for node_id in _cycle_nodes(tree)]
    return out


def _successors(tree: Tree, node_id: str) -> list[str]:
    node = tree.nodes.get(node_id)
    if not isinstance(node, Question):
        return []
    return [o.next for o in node.options if o.next in tree.nodes]


def _reachable(tree: Tree) -> set[str]:
    seen: set[str] = set()
    stack = [tree.root] if tree.root in tree.nodes else []
    while stack:
        node_id = stack.pop()
        if node_id not in seen:
            seen.add(node_id)
            stack.extend(_successors(tree, node_id))
    return seen


def _cycle_nodes(tree: Tree) -> list[str]:
    """Nodes on a cycle, by iterative depth-first search (white/grey/black)."""
    state: dict[str, int] = {}
    on_cycle: list[str] = []
    for start in tree.nodes:
        if state.get(start):
            continue
        stack: list[tuple[str, list[str]]] = [(start, _successors(tree, start))]
        state[start] = 1
        trail = [start]
        while stack:
            node_id, pending = stack[-1]
            if not pending:
                state[node_id] = 2
                stack.pop()
                trail.pop()
                continue
            nxt = pending.pop()
            if state.get(nxt) == 1:
                loop = trail[trail.index(nxt):]
                on_cycle += [n for n in loop if n not in on_cycle]
            elif not state.get(nxt):
                state[nxt] = 1
                trail.append(nxt)
                stack.append((nxt, _successors(tree, nxt)))
    return on_cycle


# Content -----------------------------------------------------------------------------------------


def _ref_problems(where: str, refs: tuple[Ref, ...]) -> list[str]:
    out = []
    for ref in refs:
        if isinstance(ref, LegalRef) and law.by_id(ref.instrument) is None:
            out.append(f"{where}: dasar hukum '{ref.instrument}' tidak terdaftar di decision_tools/law.py")
    return out


def _content_problems(tree: Tree, step_ids: frozenset[str] | set[str]) -> list[str]:
    out = []
    for question in tree.questions:
        where = f"{tree.id}.{question.id}"
        if not question.text.strip() or not question.why.strip():
            out.append(f"{where}: pertanyaan dan 'mengapa' wajib diisi")
        if not question.refs:
            out.append(f"{where}: tanpa rujukan ke pedoman atau dasar hukum")
        out += _ref_problems(where, question.refs)
        out += [f"{where}.{o.id}: langkah '{s}' tidak ada di katalog langkah" for o in question.options
                for s in o.steps if s not in step_ids]
    for outcome in tree.outcomes:
        where = f"{tree.id}.{outcome.id}"
        if not outcome.title.strip() or not outcome.why.strip():
            out.append(f"{where}: judul dan 'mengapa' wajib diisi")
        if not outcome.steps:
            out.append(f"{where}: hasil tanpa langkah")
        if not outcome.refs:
            out.append(f"{where}: tanpa rujukan ke pedoman atau dasar hukum")
        out += [f"{where}: langkah '{s}' tidak ada di katalog langkah" for s in outcome.steps if s not in step_ids]
        out += [f"{where}: langkah '{s}' disebut dua kali" for s, n in Counter(outcome.steps).items() if n > 1]
        out += _ref_problems(where, outcome.refs)
    return out


def _example_problems(tree: Tree) -> list[str]:
    out = []
    covered: set[str] = set()  # outcomes that examples really reach, not merely claim
    for example in tree.examples:
        where = f"{tree.id}.{example.id}"
        try:
            position = walk(tree, example.answers)
        except AnswerError as error:
            out.append(f"{where}: {error}")
            continue
        if position.node.id != example.outcome:
            out.append(f"{where}: berakhir di '{position.node.id}', bukan '{example.outcome}'")
        else:
            covered.add(example.outcome)
    out += [f"{tree.id}.{o.id}: tidak ada contoh kasus yang mencapai hasil ini" for o in tree.outcomes
            if o.id not in covered]
    return out

