"""An article the extractor fails on is named on one line and skipped; the rest of its batch is
extracted, stored or scored as if it were not there, and the command ends with exit status 1."""
import json
import sqlite3
import subprocess
import sys

import pytest

import quotes.extract
from quotes.engine import road
from quotes.extract.core import extract_many
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source

HARBOUR = "Harbour fees rise\n\n\u201cThe fees will double,\u201d said harbourmaster Anika Solheim on Monday."
FERRY = "Ferry cut\n\n\u201cWe have no boat left,\u201d said councillor Piet Kramer."
BROKEN = "Broken\n\n\u201cThis one breaks it,\u201d said Lena Ortiz."


@pytest.fixture
def breaking_on_ortiz(monkeypatch):
    """Installs an extractor that raises `error`, as a bug would, on any batch holding the article
    that names Lena Ortiz."""
    def install(error: Exception) -> None:
        def extract(texts, **options):
            texts = list(texts)
            if any("Ortiz" in text for text in texts):
                raise error
            return extract_many(texts, **options)

        monkeypatch.setattr(quotes.extract, "extract_many", extract)

    return install


def test_the_rest_of_a_batch_keeps_its_quotations(nlp, breaking_on_ortiz):
    breaking_on_ortiz(IndexError("list index out of range"))
    batch = [prepare(Source(text=t, origin=name)) for name, t in (("a", HARBOUR), ("b", BROKEN), ("c", FERRY))]
    found = road.quotations(batch)
    assert [q.speaker_name for q in found[0]] == ["Anika Solheim"]
    assert found[1] == road.Unextracted("the extractor failed on it (IndexError: list index out of range)")
    assert [q.speaker_name for q in found[2]] == ["Piet Kramer"]


def test_add_stores_the_others_and_names_the_one_it_skipped(run, tmp_path, breaking_on_ortiz):
    breaking_on_ortiz(IndexError("list index out of range"))
    for name, text in (("harbour.txt", HARBOUR), ("broken.txt", BROKEN), ("ferry.txt", FERRY)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    result = run("add", tmp_path / "harbour.txt", tmp_path / "broken.txt", tmp_path / "ferry.txt",
                 "--db", db, "--workers", "1")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "Error" in line] == [
        f"Error: {tmp_path / 'broken.txt'}: the extractor failed on it (IndexError: list index out of range); skipped"]
    assert "2 articles added, 0 updated, 0 skipped, 1 failed" in result.stdout
    conn = sqlite3.connect(db)
    assert sorted(r[0] for r in conn.execute("SELECT name FROM speakers")) == ["Anika Solheim", "Piet Kramer"]


def test_reprocess_keeps_an_article_it_fails_on_as_it_was(run, tmp_path, breaking_on_ortiz):
    for name, text in (("harbour.txt", HARBOUR), ("broken.txt", BROKEN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    assert run("add", tmp_path / "harbour.txt", tmp_path / "broken.txt", "--db", db, "--workers", "1").exit_code == 0
    before = sqlite3.connect(db).execute("SELECT id, text FROM quotes ORDER BY id").fetchall()
    breaking_on_ortiz(RuntimeError("model gone"))
    result = run("reprocess", "--db", db)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "Error" in line] == [
        "Error: article 2: the extractor failed on it (RuntimeError: model gone); skipped"]
    assert result.stdout.startswith("1 articles reprocessed")
    assert sqlite3.connect(db).execute("SELECT id, text FROM quotes ORDER BY id").fetchall() == before


def test_evaluate_scores_the_others_and_names_the_article_too_long_to_read(tmp_path):
    gold = tmp_path / "gold.jsonl"
    long_text = "Too long\n\n" + "The tide came in. " * 60_000
    start, source = HARBOUR.index("The fees"), HARBOUR.index("Anika")
    quote = {"start": start, "end": start + 21, "text": "The fees will double,",
             "source": {"start": source, "end": source + 13, "text": "Anika Solheim"}, "speaker_name": "Anika Solheim"}
    assert HARBOUR[start:start + 21] == quote["text"]
    with gold.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "g1", "text": HARBOUR, "quotes": [quote]}) + "\n")
        out.write(json.dumps({"id": "g2", "text": long_text, "quotes": []}) + "\n")
    done = subprocess.run([sys.executable, "-m", "quotes", "evaluate", str(gold), "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"Error: {gold}:g2: an article of {len(long_text):,} characters is longer than the model takes (1,000,000); skipped"]
    metrics = json.loads(done.stdout)
    assert metrics["e2e_f1"] == 1.0


def test_add_of_articles_that_all_fail_leaves_no_new_database_and_no_traceback(run, tmp_path, breaking_on_ortiz):
    breaking_on_ortiz(IndexError("list index out of range"))
    (tmp_path / "broken.txt").write_text(BROKEN, encoding="utf-8")
    db = tmp_path / "new.db"
    result = run("add", tmp_path / "broken.txt", "--db", db, "--workers", "1")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "0 articles added, 0 updated, 0 skipped, 1 failed" in result.stdout
    assert not db.exists()
