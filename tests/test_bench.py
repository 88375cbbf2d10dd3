"""The shared benchmark: the seed articles must come out right; PolNeAR dev must not regress.

These read ../shared/bench/ and skip when it is not there.
"""
import json

import pytest

from quotes import extract_many
from quotes.evaluate import score

# Floors just under the figures measured on polnear-dev (see the README's results table).
DEV_FLOORS = {"quote_f1": 0.945, "attr_acc": 0.865, "e2e_f1": 0.825}


def _articles(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seeds(bench, nlp):
    articles = _articles(bench / "seeds.jsonl")
    return articles, list(extract_many((a["text"] for a in articles), nlp=nlp))


def test_every_seed_quote_found_with_its_speaker(seeds):
    articles, extracted = seeds
    for article, quotes in zip(articles, extracted):
        by_start = {q.start: q for q in quotes}
        for gold in article["quotes"]:
            q = by_start.get(gold["start"])
            assert q is not None, f"{article['id']}: missed {gold['text'][:40]!r}"
            assert q.end == gold["end"]
            assert (q.speaker.start, q.speaker.end) == (gold["source"]["start"], gold["source"]["end"])
            assert q.speaker_name == gold["speaker_name"], gold["text"][:40]
            assert q.reported_by == gold.get("reported_by")
            assert bool(q.unterminated) == bool(gold.get("unterminated"))


def test_no_seed_negative_is_emitted(seeds):
    articles, extracted = seeds
    for article, quotes in zip(articles, extracted):
        for neg in article.get("negatives", []):
            assert not any(q.start < neg["end"] and neg["start"] < q.end for q in quotes), neg["text"]


def test_seed_scores_are_perfect(seeds):
    articles, extracted = seeds
    result = score(articles, {a["id"]: [q.to_dict() for q in qs] for a, qs in zip(articles, extracted)})
    metrics = result.metrics()
    assert metrics["quote_f1"] == metrics["e2e_f1"] == 1.0


def test_polnear_dev_does_not_regress(bench, nlp):
    articles = _articles(bench / "polnear-dev.jsonl")
    extracted = extract_many((a["text"] for a in articles), nlp=nlp)
    result = score(articles, {a["id"]: [q.to_dict() for q in qs] for a, qs in zip(articles, extracted)})
    metrics = result.metrics()
    for key, floor in DEV_FLOORS.items():
        assert metrics[key] >= floor, (key, metrics[key])
