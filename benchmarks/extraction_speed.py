"""Extraction speed against spaCy's own limit, measured in one run on the same texts.

(a) the full en_core_web_sm pipeline with nlp.pipe and nothing else;
(b) quotes' extraction end to end (marks, parse, attribution, speaker resolution), every paragraph parsed;
(c) the same with QUOTES_PARSE=quoted: only the paragraphs attribution needs are parsed.
Each is timed `--rounds` times, in turn, and the best round of each is kept, so all
see the same machine load.  Prints absolute figures, the ratios, and the end-to-end F1
of (b) and (c) on the gold file when the texts come from one.

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
    name_of_model = nlp_module.model_name()
    full = spacy.load(name_of_model)
    ours = nlp_module.load(name_of_model)
    configurations = {
        "(a) full pipeline, nlp.pipe": lambda: [None for _ in full.pipe(texts, batch_size=16)],
        "(b) quotes extraction end to end": lambda: list(extract_many(texts, nlp=ours, parse="all")),
        "(c) quotes, quoted paragraphs only": lambda: list(extract_many(texts, nlp=ours, parse="quoted")),
    }
    best = {name: float("inf") for name in configurations}
    results = {}
    for _ in range(args.rounds):
        for name, run in configurations.items():
            seconds, results[name] = timed(run)
            best[name] = min(best[name], seconds)
    print(f"texts: {len(texts)} articles, {words} words; model {name_of_model}; best of {args.rounds} rounds")
    print(f"{'configuration':<44}{'seconds':>9}{'words/s':>10}")
    for name, seconds in best.items():
        print(f"{name:<44}{seconds:9.2f}{words / seconds:10.0f}")
    a, b, c = best.values()
    print(f"throughput ratio (b)/(a): {a / b:.2f}x")
    print(f"throughput ratio (c)/(a): {a / c:.2f}x")
    if articles:
        for label, name in (("(b)", "(b) quotes extraction end to end"), ("(c)", "(c) quotes, quoted paragraphs only")):
            predictions = {a["id"]: [q.to_dict() for q in qs] for a, qs in zip(articles, results[name])}
            m = score(articles, predictions).metrics()
            print(f"{label} on {args.gold.name}: quote F1 {m['quote_f1']:.3f}, attribution {m['attr_acc']:.3f}, "
                  f"end-to-end F1 {m['e2e_f1']:.3f}")


if __name__ == "__main__":
    main()
