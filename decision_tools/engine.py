"""The pure engine: answers so far -> where the reader is now, plus the path taken.

Why this module exists: the decision logic must be identical in the browser (Pyodide) and in
the tests (CPython), so it is one small pure function with no I/O. A wrong answer list never
yields a result: every problem raises a specific :class:`AnswerError` subclass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Option, Outcome, Question, Tree

__all__ = [
    "AnswerError",
    "AnswerNotOnPath",
    "Answered",
    "Position",
    "UnknownOption",
    "UnknownQuestion",
    "walk",
]


class AnswerError(ValueError):
    """An answer list that cannot be walked. ``code`` is stable for the browser."""

    code = "answer_error"

    def __init__(self, message: str, node: str = "") -> None:
        super().__init__(message)
        self.node = node


class UnknownQuestion(AnswerError):
    code = "unknown_question"


class UnknownOption(AnswerError):
    code = "unknown_option"


class AnswerNotOnPath(AnswerError):
    code = "not_on_path"


@dataclass(frozen=True)
class Answered:
    question: Question
    option: Option


@dataclass(frozen=True)
class Position:
    """Where a walk ends: the current node and the answered path that led there."""

    tree: Tree
    path: tuple[Answered, ...]
    node: Question | Outcome

    @property
    def done(self) -> bool:
        return isinstance(self.node, Outcome)

    @property
    def step_number(self) -> int:
        """1 for the first question; the result counts as the step after the last answer."""
        return len(self.path) + 1


def walk(tree: Tree, answers: Sequence[tuple[str, str]]) -> Position:
    """Follow ``answers`` (question id, option id) from the root, in order."""
    node = tree.nodes[tree.root]
    path: list[Answered] = []
    for question_id, option_id in answers:
        if question_id not in tree.nodes or not isinstance(tree.nodes[question_id], Question):
            raise UnknownQuestion(f"Pertanyaan '{question_id}' tidak ada di alat '{tree.id}'.", question_id)
        if isinstance(node, Outcome) or node.id != question_id:
            expected = "hasil sudah tercapai" if isinstance(node, Outcome) else f"yang berlaku: '{node.id}'"
            raise AnswerNotOnPath(
                f"Jawaban untuk '{question_id}' tidak berada di jalur jawaban ({expected}).", question_id
            )
        option = next((o for o in node.options if o.id == option_id), None)
        if option is None:
            raise UnknownOption(f"Pilihan '{option_id}' tidak ada pada pertanyaan '{question_id}'.", question_id)
        path.append(Answered(node, option))
        node = tree.nodes[option.next]
    return Position(tree, tuple(path), node)
