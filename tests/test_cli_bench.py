"""Acceptance on the shared benchmark: the two seed articles, and 200 PolNeAR articles killed midway."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from quotes.cli import main

pytestmark = pytest.mark.bench


def _quotes(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_seed_articles_as_a_new_user_adds_them(nlp, bench, tmp_path):
    db = tmp_path / "seeds.db"
    seeds = [json.loads(line) for line in (bench / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    for seed, outlet in zip(seeds, ("The Straits Times", "Taipei Times")):
        path = tmp_path / f"{seed['id']}.txt"
        path.write_text(seed["text"], encoding="utf-8")
        _quotes("add", path, "--outlet", outlet, "--db", db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    quotes = conn.execute("SELECT * FROM quotes").fetchall()
    assert len(quotes) == 7 and all(q["article_count"] == 2 and q["appearance_count"] == 2 for q in quotes)
    ministry = conn.execute("SELECT * FROM speakers WHERE kind = 'organization'").fetchall()
    assert [(m["name"], m["quote_count"], m["article_count"]) for m in ministry] == [
        ("Japanese Ministry of Defense", 3, 2)]
    article_v = conn.execute("SELECT group_concat(a.text, ' | ') FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                             "WHERE q.normalized LIKE '%article v%' GROUP BY q.id").fetchall()
    assert len(article_v) == 1 and "U.S.-Japan" in article_v[0][0] and "US-Japan" in article_v[0][0]
    said = json.loads(_quotes("who-said", "power vacuum", "--db", db, "--json"))
    assert said[0]["speaker"] == "Shigeru Ishiba"
    assert {a["outlet"] for a in said[0]["appearances"]} == {"The Straits Times", "Taipei Times"}
    assert "Telegram" not in " ".join(r[0] for r in conn.execute("SELECT text FROM articles"))
    before = [tuple(r) for r in conn.execute("SELECT id, article_count, speaker_id FROM quotes")]
    _quotes("add", *(tmp_path / f"{s['id']}.txt" for s in seeds), "--db", db)
    _quotes("add", bench / "seeds.jsonl", "--db", db)  # the same texts, from the JSON Lines file
    assert [tuple(r) for r in conn.execute("SELECT id, article_count, speaker_id FROM quotes")] == before
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def _consistent(db) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("""SELECT count(*) FROM quotes q WHERE appearance_count !=
        (SELECT count(*) FROM appearances WHERE quote_id = q.id) OR appearance_count = 0""").fetchone()[0] == 0
    assert conn.execute("""SELECT count(*) FROM speakers s WHERE quote_count !=
        (SELECT count(*) FROM quotes WHERE speaker_id = s.id)""").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM appearances_fts").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM appearances").fetchone()[0]


def test_polnear_200_killed_midway_then_completed(nlp, bench, tmp_path):
    source = tmp_path / "polnear-200.jsonl"
    lines = (bench / "polnear-train.jsonl").read_text(encoding="utf-8").splitlines()[:200]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "polnear.db"
    env = {**os.environ, "QUOTES_DB": str(db)}
    process = subprocess.Popen([sys.executable, "-c", "from quotes.cli import main; main()", "add", str(source)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored, deadline = 0, time.monotonic() + 900
    while stored < 25 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                pass  # the schema is not there yet
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 25 <= stored < 200
    _consistent(db)
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    result = CliRunner().invoke(main, ["add", str(source), "--db", str(db), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["skipped"] == stored and summary["added"] == 200 - stored
    assert "Extracting quotes" in result.stderr  # the progress bar
    _consistent(db)
    assert summary["database"]["articles"] == 200 and summary["database"]["appearances"] > 1000
