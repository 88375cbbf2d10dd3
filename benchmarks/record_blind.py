"""Record a held-out set's first predictions as benchmarks/blind/<set>.jsonl, the name model's training data.

Reads the predictions `quotes evaluate --predictions` wrote and the set's gold (for each article's text), and keeps
the fields the name model reads. `speaker_confidence` is the speaker model's confidence before the name factor:
the record's confidence divided by the chance the same code's name model gives its name, so that training scores
a left-out set's names by that chance once (benchmarks/blind/README.md).

    python benchmarks/record_blind.py GOLD.jsonl PREDICTIONS.jsonl benchmarks/blind/heldoutNN.jsonl
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from quotes.extract import name_confidence

#: The fields of a quotation the record keeps.
KEPT = ("start", "end", "text", "speaker", "speaker_name", "speaker_kind", "resolved", "method", "confidence")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record(article: dict, text: str) -> dict:
    """One article's line: its id and its quotations' kept fields with the speaker model's own confidence."""
    quotes = [{k: q.get(k) for k in KEPT} for q in article["quotes"]]
    chances = name_confidence.chances([name_confidence.answer_of(q) for q in quotes], text)
    for q, chance in zip(quotes, chances):
        q["speaker_confidence"] = round(min(1.0, q["confidence"] / chance), 4) if chance else q["confidence"]
    return {"id": article["id"], "quotes": quotes}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    texts = {a["id"]: a["text"] for a in _jsonl(args.gold)}
    lines = [json.dumps(record(a, texts[a["id"]]), ensure_ascii=False) for a in _jsonl(args.predictions)]
    args.output.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {args.output}: {len(lines)} articles")


if __name__ == "__main__":
    main()
