"""The trained speaker model: which candidate said the quotation, and how sure that is.

The model (data/speaker_model.json, built by `python -m quotes.extract.training`) is a
conditional logit ranker: each candidate's score is a weighted sum of its features
(features.py), and the candidates of one quotation share a softmax, so the model gives each a
probability of being the speaker (none included).  Confidence is that probability passed
through a calibrator fitted on held-out folds of the training data, which also reads a few
facts about the quotation (partial, short, resolved how): the chance that the reported
quotation is a real one, rightly attributed.
"""
from __future__ import annotations

import functools
import json
import math
from importlib import resources

from .. import data

MODEL_FILE = "speaker_model.json"
#: Where the rules answer with a strategy that answered fewer times than this in the training data,
#: the model has not learnt when to overrule it: the rules' answer stands.
DEFER_BELOW = 20


@functools.cache
def load(path: str | None = None) -> dict:
    """The shipped model (or the one at `path`), with its feature names indexed."""
    if path is None:
        raw = json.loads(resources.files(data.__name__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    else:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
    return _indexed(raw)


def _indexed(raw: dict) -> dict:
    ranker = dict(zip(raw["ranker"]["features"], raw["ranker"]["weights"]))
    cal = dict(zip(raw["calibrator"]["features"], raw["calibrator"]["weights"]))
    return {"ranker": ranker, "calibrator": cal, "raw": raw}


def scores(model: dict, feats: list[dict]) -> list[float]:
    """Softmax probabilities of the candidates."""
    w = model["ranker"]
    z = [sum([w.get(name, 0.0) * v for name, v in f.items()]) for f in feats]
    top = max(z)
    e = [math.exp(s - top) for s in z]
    total = sum(e)
    return [x / total for x in e]


def calibration_features(prob: float, feats: dict, quote: dict, margin: float = 0.0) -> dict:
    """What the calibrator reads: the model's probability (as a logit), how far ahead of the next
    speaker it is, the chosen candidate's features and a few facts of the quotation."""
    p = min(max(prob, 1e-6), 1 - 1e-6)
    out = {"bias": 1.0, "logit": math.log(p / (1 - p)), "first": feats.get("first", 0.0),
           "none": feats.get("none", 0.0), "partial": quote["partial"], "short": quote["short"],
           "words": quote["words"]}
    out["none*logit"] = out["none"] * out["logit"]
    for key in ("res:pronoun", "res:unresolved", "res:nominal", "inherit", "via", "n_methods"):
        out[key] = feats.get(key, 0.0)
    for key in ("multi_paragraph", "unterminated", "lower_start", "no_end_mark", "newline"):
        out[key] = quote.get(key, 0.0)
    for key, v in feats.items():
        out["f:" + key] = v
    out["margin"] = margin
    return out


def calibrate(model: dict, cal_feats: dict) -> float:
    w = model["calibrator"]
    z = sum(w.get(name, 0.0) * v for name, v in cal_feats.items())
    return 1 / (1 + math.exp(-z)) if z > -500 else 0.0


def defers(model: dict, cands: list, feats: list[dict]) -> bool:
    """Whether the rules' answer stands: it comes from a strategy that gave fewer than DEFER_BELOW of
    the rules' answers in the training data, so the model has not learnt when to overrule it."""
    return bool(feats[0].get("first")) and model["raw"].get("rules_seen", {}).get(cands[0].methods[0], 0) < DEFER_BELOW


def decide(model: dict, cands: list, feats: list[dict], facts: dict) -> tuple[int, float | None, dict | None]:
    """The chosen candidate, its calibrated confidence and what the calibrator read; where the model
    defers to the rules, the rules' answer with no confidence of the model's (None, None)."""
    if defers(model, cands, feats):
        return 0, None, None
    best, prob, runner_up = _choose(feats, model, cands)
    cal = calibration_features(prob, feats[best], facts, _logit(prob) - _logit(runner_up))
    return best, calibrate(model, cal), cal


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _choose(feats: list[dict], model: dict | None = None, cands: list | None = None) -> tuple[int, float, float]:
    """The index of the chosen candidate and the probability that its speaker is the one.

    With the model's `choose_none` false, "none" is not chosen while there is a candidate (its
    probability goes to the others): short quotations are then dropped by confidence (`short_floor`).

    Candidates that resolve to the same name are one speaker: their probabilities add up, the
    likeliest speaker wins, and of its candidates the rules' answer is taken if it is one of them
    (its method, mention and cue), else the likeliest.  Where the rules answer with a strategy the
    training data hardly has, see `defers`."""
    model = model or load()
    probs = scores(model, feats)
    if not model["raw"].get("choose_none", True) and len(probs) > 1:
        probs = [p / (1 - probs[-1]) for p in probs[:-1]] + [0.0]
    names = [getattr(c, "name", None) for c in cands] if cands else [None] * len(probs)
    total: dict = {}
    for i, (name, p) in enumerate(zip(names, probs)):
        key = ("name", name) if name is not None else ("one", i)
        total[key] = total.get(key, 0.0) + p
    key_of = [("name", n) if n is not None else ("one", i) for i, n in enumerate(names)]
    ruled = bool(feats[0].get("first"))
    top = max(total, key=lambda k: (total[k], -min(i for i, kk in enumerate(key_of) if kk == k)))
    members = [i for i, k in enumerate(key_of) if k == top]
    best = 0 if ruled and 0 in members else max(members, key=lambda i: (probs[i], -i))
    runner_up = max((v for k, v in total.items() if k != top), default=0.0)
    return best, total[top], runner_up
