"""How sure an attribution made by the rules alone is (core.rules_choice): the share of right
answers it gave on annotated news, by the strategy that found the speaker (`method`) and how the
mention was resolved to a name (`resolved`).  The extractor's own confidence comes from the speaker
model (speaker_model.py); this table is the rules' figure, for comparison and for training.

The table (data/confidence.tsv) is measured by benchmarks/calibrate_confidence.py on
polnear-train: for each (method, resolved) pair, the share of its quotations that were real
quotations attributed to the right speaker (smoothed towards the share over all of them, row
"* *").  Resolutions other than pronoun, nominal and unresolved (a name, a surname, a speaker
inherited from an earlier quotation) are counted together, as resolved "*".  A pair missing
from the table takes its method's "*" figure ("governing verb", "pronoun" -> "governing verb",
"*"), else the overall one.
"""
from __future__ import annotations

import functools

from .. import data

#: The resolutions calibrated apart from the others; every other one counts as "*".
CALIBRATED_RESOLUTIONS = ("pronoun", "nominal", "unresolved")


def resolution_class(resolved: str | None) -> str:
    """The resolution as the table knows it: pronoun, nominal, unresolved, else "*"."""
    return resolved if resolved in CALIBRATED_RESOLUTIONS else "*"


@functools.cache
def table() -> dict[tuple[str, str], float]:
    """(method, resolved) -> calibrated confidence."""
    return {(method, resolved): float(value) for method, resolved, _, value in data.rows("confidence.tsv")}


def confidence(method: str, resolved: str | None = None) -> float:
    """The calibrated confidence of an attribution found by `method`, its mention resolved by `resolved`."""
    known = table()
    return known.get((method, resolution_class(resolved)), known.get((method, "*"), known[("*", "*")]))
