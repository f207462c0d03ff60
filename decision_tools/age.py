"""Age at the time of the act, from dates: the one place where age bands are computed.

Why this module exists: in the juvenile justice law (UU 11/2012) the age at the time of the act
decides the path (under 12: Pasal 21; under 14: only tindakan, Pasal 69 ayat (2); 14 and over:
detention possible, Pasal 32), and an act before 18 tried after 18 stays in the juvenile court
(Pasal 20). A worker may know the dates rather than the band; this computes it exactly.

Full years are counted the usual way: the birthday is reached on the same month and day. A
person born on 29 February reaches a new year on 1 March in years without 29 February.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["AgeInputError", "band", "band_from_inputs", "full_years"]


class AgeInputError(ValueError):
    """Dates that cannot give an age; the message is shown to the reader."""


def full_years(born: dt.date, on: dt.date) -> int:
    """Completed years of life on the day ``on``."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def band(born: dt.date, act: dt.date, today: dt.date) -> str:
    """The option id of the age band: dewasa, di_bawah_12, sudah_18, usia_12_14 or usia_14_18."""
    if born > today:
        raise AgeInputError("Tanggal lahir tidak boleh di masa depan.")
    if act > today:
        raise AgeInputError("Tanggal kejadian tidak boleh di masa depan.")
    if act < born:
        raise AgeInputError("Tanggal kejadian tidak boleh sebelum tanggal lahir.")
    at_act = full_years(born, act)
    if at_act >= 18:
        return "dewasa"
    if at_act < 12:
        return "di_bawah_12"
    if full_years(born, today) >= 18:
        return "sudah_18"
    return "usia_12_14" if at_act < 14 else "usia_14_18"


def band_from_inputs(inputs: dict[str, str], today: dt.date) -> str:
    """Read ``{"lahir": "YYYY-MM-DD", "kejadian": "YYYY-MM-DD"}`` as typed in the form."""
    try:
        born = dt.date.fromisoformat(inputs.get("lahir", ""))
        act = dt.date.fromisoformat(inputs.get("kejadian", ""))
    except (TypeError, ValueError):
        raise AgeInputError("Isi tanggal lahir dan tanggal kejadian dengan lengkap, atau pilih salah satu jawaban.")\
            from None
    return band(born, act, today)
