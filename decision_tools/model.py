"""Typed data for decision trees.

Why this module exists: a tree is written once, as frozen dataclasses, and every output (the
interactive tool in Pyodide, the no-JavaScript static form, printed checklists, tests) is derived
from it. Stdlib only, so the same code runs in CPython 3.11+ and in Pyodide.

Ids are stable and never positional: questions start with ``q_``, outcomes with ``h_`` (hasil),
options are short snake_case words, and shared steps live in :mod:`decision_tools.steps`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

__all__ = [
    "Contact",
    "Dont",
    "Example",
    "LegalRef",
    "Option",
    "Outcome",
    "Question",
    "Ref",
    "StandardRef",
    "Step",
    "Strength",
    "Tree",
    "Urgency",
]


class Urgency(Enum):
    """How soon a step must happen. The value is the label a worker reads."""

    SEGERA = "Segera, sekarang juga"
    HARI_INI = "Hari ini (dalam 24 jam)"
    MINGGU_INI = "Dalam minggu ini"
    BERKELANJUTAN = "Selama pendampingan"

    @property
    def rank(self) -> int:
        """0 is the most urgent; used to order steps."""
        return list(Urgency).index(self)


class Strength(Enum):
    """Why a step is required: by law, by the standard, or as good practice."""

    WAJIB = "WAJIB"  # required by law
    STANDAR = "STANDAR"  # required by the standard
    DIANJURKAN = "DIANJURKAN"  # good practice

    @property
    def explanation(self) -> str:
        return {
            Strength.WAJIB: "diwajibkan oleh peraturan perundang-undangan",
            Strength.STANDAR: "diwajibkan oleh pedoman standar layanan",
            Strength.DIANJURKAN: "praktik baik yang dianjurkan",
        }[self]


@dataclass(frozen=True)
class StandardRef:
    """A section of the standard on this site: a page under docs/ and an explicit heading id."""

    page: str  # e.g. "standar/pendampingan/pendampingan-awal.md"
    anchor: str  # e.g. "cara"; must exist as {#cara} on that page
    label: str  # what the reader sees, e.g. "Pedoman 2.1.4 Cara pendampingan awal"


@dataclass(frozen=True)
class LegalRef:
    """An article of a legal instrument registered in :mod:`decision_tools.law`."""

    instrument: str  # id in law.INSTRUMENTS, e.g. "uu-11-2012"
    article: str = ""  # e.g. "Pasal 21 ayat (1)"; empty when the instrument as a whole is meant


Ref = StandardRef | LegalRef


@dataclass(frozen=True)
class Step:
    """One thing to do: shared by tool outcomes and printable checklists (one source)."""

    id: str
    text: str  # what to do, as an instruction
    who: str  # who does it
    urgency: Urgency
    strength: Strength
    refs: tuple[Ref, ...]
    why: str = ""  # "Mengapa langkah ini?"


@dataclass(frozen=True)
class Dont:
    """Something no one may do; shared by tool outcomes and the printable "Jangan" card."""

    id: str
    text: str
    why: str
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Contact:
    """A channel to contact, as shown in results and on the contact card."""

    id: str
    name: str
    how: str  # number or address, written as text
    when: str  # what it is for


@dataclass(frozen=True)
class Option:
    """One answer to a question; ``next`` is the id of a question or an outcome.

    ``steps`` are added to the result when the option is chosen: this is how a multiple-choice
    question (a needs assessment) builds one merged plan.
    """

    id: str
    label: str
    next: str
    hint: str = ""
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """A question page. ``multiple``: the reader ticks one or more options (all lead to the same
    next node). ``derive``: the name of a function in :mod:`decision_tools.derive` that turns
    typed inputs (e.g. two dates) into one of the options."""

    id: str
    text: str  # the question, shown as the page heading
    why: str  # "Mengapa pertanyaan ini?"
    options: tuple[Option, ...]
    refs: tuple[Ref, ...]
    hint: str = ""
    multiple: bool = False
    derive: str = ""


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    summary: str  # one or two sentences: the situation in plain words
    why: str  # "Mengapa langkah ini?"
    urgency: Urgency
    steps: tuple[str, ...]  # ids in steps.STEPS, in the order to do them
    donts: tuple[str, ...]  # ids in donts.DONTS
    contacts: tuple[str, ...]  # ids in contacts.CONTACTS
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Example:
    """A named, anonymous scenario: documentation and a test at once."""

    id: str
    title: str
    story: str
    answers: tuple[tuple[str, str | tuple[str, ...]], ...]  # (question id, option id or ids) in order
    outcome: str


@dataclass(frozen=True)
class Tree:
    id: str  # snake_case, also the registry key
    slug: str  # kebab-case, used for DOM ids and file names
    title: str
    version: str
    audience: str  # who the tool is for
    description: str
    root: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    examples: tuple[Example, ...] = field(default=())

    @cached_property
    def nodes(self) -> dict[str, Question | Outcome]:
        """Every question and outcome by id (the first one wins; validation reports duplicates)."""
        index: dict[str, Question | Outcome] = {}
        for item in (*self.questions, *self.outcomes):
            index.setdefault(item.id, item)
        return index
