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
    options: tuple[Option, ...]  # exactly one, unless the question is multiple-choice

    @property
    def option_ids(self) -> str | list[str]:
        """The answer as the browser sends it: an id, or a list of ids for multiple choice."""
        ids = [o.id for o in self.options]
        return ids if self.question.multiple else ids[0]

    @property
    def label(self) -> str:
        return "; ".join(o.label for o in self.options)


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

    @property
    def steps(self) -> tuple[str, ...]:
        """The outcome's steps, then those added by the options chosen, each step once."""
        if not isinstance(self.node, Outcome):
            return ()
        ordered = [*self.node.steps, *(s for a in self.path for o in a.options for s in o.steps)]
        return tuple(dict.fromkeys(ordered))


Choice = str | Sequence[str]


def walk(tree: Tree, answers: Sequence[tuple[str, Choice]]) -> Position:
    """Follow ``answers`` from the root, in order: (question id, option id), or (question id,
    list of option ids) for a multiple-choice question."""
    node = tree.nodes[tree.root]
    path: list[Answered] = []
    for question_id, choice in answers:
        if question_id not in tree.nodes or not isinstance(tree.nodes[question_id], Question):
            raise UnknownQuestion(f"Pertanyaan '{question_id}' tidak ada di alat '{tree.id}'.", question_id)
        if isinstance(node, Outcome) or node.id != question_id:
            expected = "hasil sudah tercapai" if isinstance(node, Outcome) else f"yang berlaku: '{node.id}'"
            raise AnswerNotOnPath(
                f"Jawaban untuk '{question_id}' tidak berada di jalur jawaban ({expected}).", question_id
            )
        options = _chosen(node, choice)
        path.append(Answered(node, options))
        node = tree.nodes[options[0].next]
    return Position(tree, tuple(path), node)


def _chosen(question: Question, choice: Choice) -> tuple[Option, ...]:
    ids = [choice] if isinstance(choice, str) else list(choice)
    if not ids or (len(ids) > 1 and not question.multiple) or len(set(ids)) != len(ids):
        raise UnknownOption(f"Jawaban untuk '{question.id}' harus satu pilihan"
                            f"{' atau lebih, tanpa pengulangan' if question.multiple else ''}.", question.id)
    known = {o.id for o in question.options}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise UnknownOption(f"Pilihan '{unknown[0]}' tidak ada pada pertanyaan '{question.id}'.", question.id)
    return tuple(o for o in question.options if o.id in ids)  # canonical order, whatever order they came in
