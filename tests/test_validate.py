"""Validation: each invariant has a failing fixture, and every offending id is listed at once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_tools.model import Example, LegalRef, Option, Outcome, Question, StandardRef, Tree, Urgency
from decision_tools.steps import STEPS
from decision_tools.validate import InvalidTree, check, problems

REF = (StandardRef("standar/pendampingan/pendampingan-awal.md", "cara", "Pedoman 2.1.4"),)
STEP = next(iter(STEPS))


def q(qid: str, *targets: str) -> Question:
    options = tuple(Option(f"o{i}", f"Pilihan {i}", target) for i, target in enumerate(targets))
    return Question(qid, f"Pertanyaan {qid}?", "Karena.", options, REF)


def h(hid: str, steps: tuple[str, ...] = (STEP,)) -> Outcome:
    return Outcome(hid, f"Hasil {hid}", "Ringkas.", "Karena.", Urgency.HARI_INI, steps, (), (), REF)


def tree(questions, outcomes, examples=None, root="q_a") -> Tree:
    if examples is None:
        examples = (Example("contoh_b", "B", "Cerita.", (("q_a", "o0"),), "h_b"),
                    Example("contoh_c", "C", "Cerita.", (("q_a", "o1"),), "h_c"))
    return Tree("uji", "uji", "Uji", "0.1", "Penguji", "Pohon uji.", root, tuple(questions), tuple(outcomes),
                tuple(examples))


GOOD = tree([q("q_a", "h_b", "h_c")], [h("h_b"), h("h_c")])


def test_good_tree_has_no_problems():
    """The minimal fixture tree is valid, so every failure below is caused by its one change."""
    assert problems(GOOD, set(STEPS)) == []


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (replace(GOOD, root="q_x"), ["uji: akar 'q_x' tidak ada"]),
        (tree([q("q_a", "h_b", "h_c"), q("q_z", "h_b", "h_c")], [h("h_b"), h("h_c")]),
         ["uji.q_z: akar kedua", "uji.q_z: tidak terjangkau"]),
        (tree([q("q_a", "h_b", "h_x")], [h("h_b"), h("h_c")]),
         ["uji.q_a.o1: menuju 'h_x' yang tidak ada", "uji.h_c: akar kedua", "uji.h_c: tidak terjangkau"]),
        (tree([q("q_a", "q_b", "h_c"), q("q_b", "q_a", "h_c")], [h("h_c")]),
         ["uji.q_a: akar tidak boleh dituju", "uji.q_a: bagian dari siklus", "uji.q_b: bagian dari siklus"]),
        (tree([q("q_a", "h_b")], [h("h_b")]), ["uji.q_a: pertanyaan buntu"]),
        (tree([q("Q-A", "h_b", "h_c")], [h("h_b"), h("h_c")], root="Q-A"), ["uji.Q-A: id pertanyaan harus"]),
        (tree([q("q_a", "h_b", "hasil")], [h("h_b"), h("hasil")]), ["uji.hasil: id hasil harus"]),
        (tree([q("q_a", "h_b", "h_b")], [h("h_b"), h("h_b")]),
         ["uji.h_b: id dipakai 2 kali"]),
        (tree([q("q_a", "h_b", "h_c")], [h("h_b", ()), h("h_c", ("tidak.ada",))]),
         ["uji.h_b: hasil tanpa langkah", "uji.h_c: langkah 'tidak.ada' tidak ada"]),
        (tree([replace(q("q_a", "h_b", "h_c"), refs=(LegalRef("uu-0-0000", "Pasal 1"),))], [h("h_b"), h("h_c")]),
         ["uji.q_a: dasar hukum 'uu-0-0000' tidak terdaftar"]),
        (tree([q("q_a", "h_b", "h_c")], [h("h_b"), h("h_c")],
              examples=(Example("contoh_b", "B", "Cerita.", (("q_a", "o0"),), "h_c"),)),
         ["uji.contoh_b: berakhir di 'h_b', bukan 'h_c'", "uji.h_b: tidak ada contoh", "uji.h_c: tidak ada contoh"]),
        (tree([q("q_a", "h_b", "h_c")], [h("h_b"), h("h_c")],
              examples=(Example("contoh_b", "B", "Cerita.", (("q_a", "o9"),), "h_b"),
                        Example("contoh_c", "C", "Cerita.", (("q_a", "o1"),), "h_c"))),
         ["uji.contoh_b: Pilihan 'o9' tidak ada"]),
    ],
)
def test_each_invariant_fails_with_every_offending_id(broken, expected):
    """Every broken invariant is reported, naming each offending id."""
    found = problems(broken, set(STEPS))
    for fragment in expected:
        assert any(p.startswith(fragment) for p in found), (fragment, found)


def test_check_raises_one_error_listing_all_problems():
    """check() raises InvalidTree whose message lists every problem, one per line."""
    broken = tree([q("q_a", "h_x", "h_y")], [h("h_b"), h("h_c")])
    with pytest.raises(InvalidTree) as raised:
        check(broken, set(STEPS))
    message = str(raised.value)
    for node_id in ("h_x", "h_y", "h_b", "h_c"):
        assert node_id in message
    assert len(raised.value.problems) >= 4
