"""Age bands from dates: exact at every edge (birthdays, 29 February, impossible dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from decision_tools.age import AgeInputError, band, full_years

D = dt.date
TODAY = D(2026, 11, 29)


@pytest.mark.parametrize(
    ("born", "on", "years"),
    [
        (D(2010, 5, 10), D(2022, 5, 9), 11),   # the day before the 12th birthday
        (D(2010, 5, 10), D(2022, 5, 10), 12),  # the birthday itself
        (D(2012, 2, 29), D(2024, 2, 28), 11),  # leap-day child, leap year, day before
        (D(2012, 2, 29), D(2024, 2, 29), 12),  # leap-day child on a 29 February
        (D(2012, 2, 29), D(2025, 2, 28), 12),  # non-leap year: not yet 13 on 28 February
        (D(2012, 2, 29), D(2025, 3, 1), 13),   # ... but 13 on 1 March
        (D(2008, 12, 31), D(2026, 12, 30), 17),
        (D(2008, 12, 31), D(2026, 12, 31), 18),
    ],
)
def test_full_years(born, on, years):
    """Completed years change exactly on the birthday (1 March for a 29 February birth in other years)."""
    assert full_years(born, on) == years


@pytest.mark.parametrize(
    ("born", "act", "expected"),
    [
        (D(2014, 6, 1), D(2026, 5, 31), "di_bawah_12"),  # 11 years, last day
        (D(2014, 6, 1), D(2026, 6, 1), "usia_12_14"),    # 12th birthday
        (D(2012, 6, 1), D(2026, 5, 31), "usia_12_14"),   # 13 years, last day
        (D(2012, 6, 1), D(2026, 6, 1), "usia_14_18"),    # 14th birthday
        (D(2008, 11, 30), D(2026, 1, 5), "usia_14_18"),  # 17 at the act, still 17 today (birthday tomorrow)
        (D(2008, 11, 29), D(2026, 1, 5), "sudah_18"),    # 17 at the act, 18 today
        (D(2008, 1, 5), D(2026, 1, 4), "sudah_18"),      # act the day before the 18th birthday
        (D(2008, 1, 5), D(2026, 1, 5), "dewasa"),        # act on the 18th birthday
        (D(2000, 1, 1), D(2009, 1, 1), "di_bawah_12"),   # under 12 at the act stays under 12 though adult now
    ],
)
def test_band(born, act, expected):
    """The band follows the age at the act; an adult today counts only when the act was at 12 or more."""
    assert band(born, act, TODAY) == expected


@pytest.mark.parametrize(
    ("born", "act", "message"),
    [
        (D(2027, 1, 1), D(2027, 2, 1), "Tanggal lahir"),
        (D(2010, 1, 1), D(2026, 11, 30), "Tanggal kejadian tidak boleh di masa depan"),
        (D(2010, 1, 1), D(2009, 12, 31), "sebelum tanggal lahir"),
    ],
)
def test_impossible_dates_are_refused_with_a_clear_message(born, act, message):
    """Dates that cannot be true are refused with a message the reader understands."""
    with pytest.raises(AgeInputError, match=message):
        band(born, act, TODAY)
