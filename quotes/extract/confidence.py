"""How sure an attribution is: the share of right answers its method gave on annotated news.

The table (data/confidence.tsv) is measured by benchmarks/calibrate_confidence.py on
polnear-train: for each method, the share of its quotations that were real quotations
attributed to the right speaker (smoothed towards the share over all methods, row "*").
A method missing from the table takes its base method's figure ("governing verb,
pronoun" -> "governing verb"), else the overall one.
"""
from __future__ import annotations

import functools

from .. import data


@functools.cache
def table() -> dict[str, float]:
    """Method -> calibrated confidence."""
    return {method: float(value) for method, _, value in data.rows("confidence.tsv")}


def confidence(method: str) -> float:
    """The calibrated confidence of an attribution found by `method`."""
    known = table()
    return known.get(method, known.get(method.split(",")[0], known["*"]))
