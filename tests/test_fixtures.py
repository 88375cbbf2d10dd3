"""The database fixtures the web tests are built from are what the extractor really gives."""
from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import SAMPLES, XSS_ARTICLE, sample_records

from quotes.cli import main


def test_sample_records_are_what_extract_writes(tmp_path, spacy_model):
    (tmp_path / "xss.jsonl").write_text(json.dumps(XSS_ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "records"
    done = CliRunner().invoke(main, ["extract", str(SAMPLES), str(tmp_path / "xss.jsonl"), "--output", str(out)])
    assert done.exit_code == 0, done.output
    fresh = [json.loads(line) for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines()]
    kept = sample_records(with_xss=True)
    assert [(r["id"], r["article"]["text"], r["quotes"]) for r in fresh] == \
        [(r["id"], r["article"]["text"], r["quotes"]) for r in kept], \
        "regenerate tests/fixtures/sample_records.jsonl with `quotes extract quotes/samples xss.jsonl --output DIR`"
