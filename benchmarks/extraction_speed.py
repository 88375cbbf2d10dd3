"""Extraction speed against spaCy's own limit, measured in one run on the same texts.

(a) the full en_core_web_sm pipeline with nlp.pipe and nothing else;
(b) quotes' extraction end to end (marks, parse, attribution, speaker resolution).
Each is timed `--rounds` times, alternating, and the best round of each is kept,
so both see the same machine load.  Prints absolute figures and the ratio, and the
end-to-end F1 of (b) on the gold file when the texts come from one.

    python benchmarks/extraction_speed.py [--gold ../shared/bench/polnear-dev.jsonl] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from quotes import nlp as nlp_module
from quotes.evaluate import score
from quotes.extract import extract_many

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear-dev.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"


def load_texts(gold: Path) -> tuple[list[dict], list[str]]:
    """Gold articles and their texts; the project's samples when the gold file is absent."""
    if gold.exists():
        articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        return articles, [a["text"] for a in articles]
    texts = []
    for path in sorted(SAMPLES.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [], texts


def timed(run) -> tuple[float, object]:
    """Seconds a call takes, and its result."""
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles, texts = load_texts(args.gold)
    words = sum(len(t.split()) for t in texts)
    name = nlp_module.model_name()
    full = spacy.load(name)
    ours = nlp_module.load(name)
    full_times, our_times = [], []
    predictions: dict[str, list[dict]] = {}
    for _ in range(args.rounds):
        full_times.append(timed(lambda: [None for _ in full.pipe(texts, batch_size=16)])[0])
        seconds, results = timed(lambda: list(extract_many(texts, nlp=ours)))
        our_times.append(seconds)
    if articles:
        predictions = {a["id"]: [q.to_dict() for q in qs] for a, qs in zip(articles, results)}
    a, b = min(full_times), min(our_times)
    print(f"texts: {len(texts)} articles, {words} words; model {name}; best of {args.rounds} rounds")
    print(f"{'configuration':<44}{'seconds':>9}{'words/s':>10}")
    print(f"{'(a) full pipeline, nlp.pipe':<44}{a:9.2f}{words / a:10.0f}")
    print(f"{'(b) quotes extraction end to end':<44}{b:9.2f}{words / b:10.0f}")
    print(f"throughput ratio (b)/(a): {a / b:.2f}x")
    if predictions:
        m = score(articles, predictions).metrics()
        print(f"(b) on {args.gold.name}: quote F1 {m['quote_f1']:.3f}, attribution {m['attr_acc']:.3f}, "
              f"end-to-end F1 {m['e2e_f1']:.3f}")


if __name__ == "__main__":
    main()
