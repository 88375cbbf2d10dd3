"""Extraction speed against spaCy's own limit, measured in one run on the same texts.

(a) the full en_core_web_sm pipeline with nlp.pipe and nothing else, as spaCy loads it;
(a') the same with its matrix products done by numpy, as quotes runs the model (nlp.use_numpy_products):
    (b)/(a') is what doing less than the full pipeline gains alone, (a')/(a) what the arithmetic gains;
(b) quotes' extraction end to end as `quotes extract` runs it (marks, parse, attribution, speaker
    resolution): the model reads each article up to the paragraph after its last quotation;
(c) the same with QUOTES_PARSE=quoted: only quotation paragraphs and their neighbours are parsed;
(d) the same with QUOTES_PARSE=all: every paragraph is parsed.
The texts timed are the first articles of polnear-train that make up `--words` words (100,000 by
default: a sixth of train, which keeps `make bench` within its 20 minutes), else the project's
samples repeated to that many words.  Each configuration is timed `--rounds` times, in turn, and
the best round of each is kept, so all see the same machine load.  Then each extraction runs once
over the gold file (polnear-dev) and its quote F1, attribution accuracy and end-to-end F1 are printed.

    python benchmarks/extraction_speed.py [--texts ../shared/bench/polnear-train.jsonl]
        [--gold ../shared/bench/polnear-dev.jsonl] [--words 100000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from quotes.evaluate.scoring import score
from quotes.extract import extract_many
from quotes.extract import model as nlp_module

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def timing_texts(path: Path, words: int) -> tuple[str, list[str]]:
    """A description and the texts to time: the first articles of `path` that reach `words` words,
    else the project's samples repeated to that many."""
    source = read_jsonl(path) if path.exists() else [a for p in sorted(SAMPLES.glob("*.jsonl")) for a in read_jsonl(p)]
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < words:
        texts.append(source[len(texts) % len(source)]["text"])
    what = f"first {len(texts)} articles of {path.name}" if path.exists() else f"{SAMPLES.name}/ repeated"
    return what, texts


def timed(run) -> float:
    """Seconds a call takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=BENCH / "polnear-train.jsonl")
    parser.add_argument("--gold", type=Path, default=BENCH / "polnear-dev.jsonl")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    what, texts = timing_texts(args.texts, args.words)
    words = sum(len(t.split()) for t in texts)
    name_of_model = nlp_module.model_name()
    full = spacy.load(name_of_model)
    full_numpy = spacy.load(name_of_model)
    nlp_module.use_numpy_products(full_numpy)
    ours = nlp_module.load(name_of_model)
    modes = {"(b) quotes extraction end to end": "needed", "(c) quotes, QUOTES_PARSE=quoted": "quoted",
             "(d) quotes, QUOTES_PARSE=all": "all"}

    def pipeline_numpy():
        with nlp_module.one_blas_thread():
            return [None for _ in full_numpy.pipe(texts, batch_size=16)]

    configurations = {"(a) full pipeline, nlp.pipe": lambda: [None for _ in full.pipe(texts, batch_size=16)],
                      "(a') full pipeline, numpy products": pipeline_numpy}
    configurations.update({name: (lambda how=how: list(extract_many(texts, nlp=ours, parse=how))) for name, how in modes.items()})
    best = {name: float("inf") for name in configurations}
    for _ in range(args.rounds):
        for name, run in configurations.items():
            best[name] = min(best[name], timed(run))
    print(f"texts: {what}, {words} words; model {name_of_model}; best of {args.rounds} rounds")
    print(f"{'configuration':<44}{'seconds':>9}{'words/s':>10}")
    for name, seconds in best.items():
        print(f"{name:<44}{seconds:9.2f}{words / seconds:10.0f}")
    a, a_numpy = best["(a) full pipeline, nlp.pipe"], best["(a') full pipeline, numpy products"]
    for name in modes:
        print(f"throughput ratio {name[:3]}/(a): {a / best[name]:.2f}x")
    print(f"throughput ratio (b)/(a'), doing less alone: {a_numpy / best['(b) quotes extraction end to end']:.2f}x; "
          f"(a')/(a), numpy products alone: {a / a_numpy:.2f}x")
    if args.gold.exists():
        articles = read_jsonl(args.gold)
        for name, how in modes.items():
            found = extract_many([a["text"] for a in articles], nlp=ours, parse=how)
            m = score(articles, {a["id"]: [q.to_dict() for q in qs] for a, qs in zip(articles, found)}).metrics()
            print(f"{name[:3]} on {args.gold.name}: quote F1 {m['quote_f1']:.3f}, attribution {m['attr_acc']:.3f}, "
                  f"end-to-end F1 {m['e2e_f1']:.4f}")


if __name__ == "__main__":
    main()
