"""The catalogue of steps: every action a tool can recommend, written once.

Why this package exists: a step in a tool's result and the same step on a printed checklist must
never drift apart, so both read it from here by id. Each step says who does it, how urgent it is,
how strong the duty is (WAJIB / STANDAR / DIANJURKAN) and what it rests on. Steps are grouped in
one module per theme; ids are unique across the whole catalogue (checked at import).
"""

from __future__ import annotations

from ..catalogue import merge
from ..model import Step
from . import awal, lembaga, materi, periksa, rencana, sppa, terminasi

__all__ = ["STEPS"]

_MODULES = (awal, sppa, rencana, materi, lembaga, terminasi, periksa)


STEPS: dict[str, Step] = merge("langkah", *(module.STEPS for module in _MODULES))
