"""Measure how often each attribution method and resolution of the rules is right, and write
quotes/data/confidence.tsv (the confidence the extractor gives where the speaker model defers to the rules).

    python benchmarks/calibrate_confidence.py [--gold ../shared/bench/polnear-train.jsonl] [--check GOLD]

For every method (the strategy that found the speaker) and resolution (how its mention became
a name: pronoun, nominal, unresolved, else "*" for all others), confidence = (quotations that
are real and rightly attributed + 4 p) / (quotations the pair produced + 4), where p is the
share right over all of them (the row "* *", also used for methods never seen), so that a
rare pair is not judged on a handful of cases.  `--check` prints, for another gold file, how
right each confidence band turned out to be (the table is then not rewritten).
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from quotes.evaluate.scoring import score
from quotes.extract import extract_many
from quotes.extract.confidence import resolution_class
from quotes.extract.core import rules_choice

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
PRIOR_WEIGHT = 4
TABLE = Path(__file__).resolve().parents[1] / "quotes" / "data" / "confidence.tsv"


def outcomes(gold: Path, choose=None) -> list[tuple[dict, bool]]:
    """Every predicted quotation with whether it was a real, rightly attributed quotation (speakers
    chosen by `choose`: by default the speaker model, as the extractor ships)."""
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = {a["id"]: [q.to_dict() for q in qs]
                 for a, qs in zip(articles, extract_many((a["text"] for a in articles), choose=choose))}
    result = []
    for article in score(articles, predicted).articles:
        right = {pi for gi, pi in article.matched.items() if article.correct[gi] is not False}
        result += [(q, pi in right) for pi, q in enumerate(article.predicted)]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=BENCH / "polnear-train.jsonl")
    parser.add_argument("--check", type=Path, help="report calibration on this gold file instead of writing")
    args = parser.parse_args()
    if args.check:
        bands = collections.defaultdict(lambda: [0, 0])
        for q, ok in outcomes(args.check):
            band = bands[min(int(q["confidence"] * 10), 9) / 10]
            band[0] += 1
            band[1] += ok
        print(f"{'confidence':<12}{'quotes':>8}{'right':>8}")
        for low, (n, ok) in sorted(bands.items()):
            print(f"{low:.1f}-{low + 0.1:.1f}{n:>10}{ok / n:8.3f}")
        return
    counts = collections.defaultdict(lambda: [0, 0])
    for q, ok in outcomes(args.gold, choose=rules_choice):
        pair = counts[q["method"], resolution_class(q["resolved"])]
        pair[0] += 1
        pair[1] += ok
    total = sum(n for n, _ in counts.values())
    prior = sum(ok for _, ok in counts.values()) / total
    lines = [f"# method\tresolved (* any other: name, surname, inherited, ...)\tquotations in {args.gold.name}"
             "\tconfidence (share right, smoothed towards *)",
             f"*\t*\t{total}\t{prior:.3f}"]
    for (method, resolved), (n, ok) in sorted(counts.items(), key=lambda item: -item[1][0]):
        lines.append(f"{method}\t{resolved}\t{n}\t{(ok + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT):.3f}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
