"""Questions whose answer can be computed from typed inputs instead of chosen.

Why this module exists: some facts are easier to know than the category they fall in (a date of
birth and a date of the act, rather than an age band). A question names a deriver here; the
browser sends the typed inputs, and Python, not JavaScript, turns them into one of the options.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from . import age

__all__ = ["DERIVERS", "Deriver", "DeriveError"]

DeriveError = age.AgeInputError


@dataclass(frozen=True)
class Deriver:
    compute: Callable[[dict[str, str], dt.date], str]
    option_ids: frozenset[str]  # every id ``compute`` can return; the question must offer each
    fields: tuple[tuple[str, str], ...]  # (input name, label) of the date fields, in order
    legend: str


DERIVERS: dict[str, Deriver] = {
    "usia_saat_kejadian": Deriver(
        age.band_from_inputs,
        frozenset({"dewasa", "di_bawah_12", "sudah_18", "usia_12_14", "usia_14_18"}),
        (("lahir", "Tanggal lahir anak"), ("kejadian", "Tanggal perbuatan")),
        "Atau hitung dari tanggal (tidak disimpan)",
    ),
}
