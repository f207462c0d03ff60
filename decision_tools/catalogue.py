"""Merging catalogue parts (steps, "Jangan" items) written in several modules into one dict.

Why this module exists: ids must be unique across every part, and a repeated id must fail at import
with its name, whichever catalogue it is in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

__all__ = ["merge"]

T = TypeVar("T")


def merge(kind: str, *parts: Mapping[str, T]) -> dict[str, T]:
    merged: dict[str, T] = {}
    for part in parts:
        for item_id, item in part.items():
            if item_id in merged:
                raise ValueError(f"{kind} '{item_id}' didefinisikan dua kali")
            merged[item_id] = item
    return merged
