"""The pure engine: answers -> position, and a specific error for every bad answer list."""

from __future__ import annotations

import pytest

from decision_tools.engine import AnswerNotOnPath, UnknownOption, UnknownQuestion, walk
from decision_tools.trees.penanganan_awal import TREE


def test_no_answers_is_the_root_question():
    """With no answers the reader is at the root, step 1."""
    position = walk(TREE, [])
    assert position.node.id == TREE.root and position.step_number == 1 and not position.done


def test_path_is_recorded_in_order():
    """The path keeps each question and the option chosen, in order."""
    position = walk(TREE, [("q_bahaya", "aman"), ("q_posisi", "korban")])
    assert [(a.question.id, a.option_ids) for a in position.path] == [("q_bahaya", "aman"), ("q_posisi", "korban")]
    assert position.node.id == "q_pelaku_dekat" and position.step_number == 3


def test_reaching_an_outcome():
    """A complete path ends at its outcome."""
    assert walk(TREE, [("q_bahaya", "medis")]).node.id == "h_darurat_medis"


@pytest.mark.parametrize(
    ("answers", "error", "node"),
    [
        ([("q_tidak_ada", "ya")], UnknownQuestion, "q_tidak_ada"),
        ([("h_korban", "ya")], UnknownQuestion, "h_korban"),
        ([("q_bahaya", "mungkin")], UnknownOption, "q_bahaya"),
        ([("q_posisi", "korban")], AnswerNotOnPath, "q_posisi"),
        ([("q_bahaya", "aman"), ("q_materi", "tidak")], AnswerNotOnPath, "q_materi"),
        ([("q_bahaya", "medis"), ("q_posisi", "korban")], AnswerNotOnPath, "q_posisi"),
    ],
)
def test_bad_answers_raise_a_specific_error(answers, error, node):
    """Unknown questions or options, and answers off the path, raise their own error type."""
    with pytest.raises(error) as raised:
        walk(TREE, answers)
    assert raised.value.node == node
