"""Faults around `quotes add`, each in real processes on a real database file: kill -9 mid-run,
concurrent writers, a server reading while a writer writes, and a full disk."""
from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import quotes_server

pytestmark = pytest.mark.usefixtures("spacy_model")  # every test here parses


QUOTES = str(Path(sys.executable).with_name("quotes"))
NAMES = ["Ada Lind", "Bo Berg", "Cara Holm", "Dag Strand"]
SUBJECTS = ["ferry", "bridge", "school", "harbour", "library", "tunnel", "market"]


def article(batch: int, n: int) -> dict:
    """A fictional article whose title says how many quotations it holds (1 to 4)."""
    count = (batch + n) % 4 + 1
    subject = SUBJECTS[n % len(SUBJECTS)]
    paragraphs = [f"The council of district {batch}-{n} voted on the {subject} on Monday."]
    paragraphs += [f"\u201cThe {subject} in district {batch}-{n} will be finished by spring, part {k} included,\u201d "
                   f"said {NAMES[k]}." for k in range(count)]
    return {"title": f"{batch}-{n} holds {count}", "text": "\n\n".join(paragraphs),
            "url": f"https://example.org/{batch}/{n}"}


def feed(folder: Path, batch: int, count: int) -> Path:
    path = folder / f"batch-{batch}.jsonl"
    path.write_text("".join(json.dumps(article(batch, n)) + "\n" for n in range(count)), encoding="utf-8")
    return path


def add(db: Path, *paths: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen([QUOTES, "add", *map(str, paths), "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **popen)


def finished(process: subprocess.Popen, timeout: float = 1200) -> tuple[int, str]:
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err


def articles_in(db: Path) -> int:
    """Articles committed so far (0 while the file is not yet a database)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def assert_consistent(db: Path) -> dict[str, int]:
    """integrity_check passes and every stored article has exactly the quotations its title announces;
    returns the stored titles with their appearance counts."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = dict(conn.execute("SELECT ar.title, count(a.id) FROM articles ar LEFT JOIN appearances a "
                             "ON a.article_id = ar.id GROUP BY ar.id").fetchall())
    assert all(n == int(title.rsplit(" ", 1)[1]) for title, n in rows.items()), rows
    fts = conn.execute("SELECT count(*) FROM appearances_fts WHERE appearances_fts MATCH 'spring'").fetchone()[0]
    assert fts == sum(rows.values())
    return rows


def expected(*batches: tuple[int, int]) -> int:
    """Quotations in these (batch, article count) feeds."""
    return sum(int(article(b, n)["title"].rsplit(" ", 1)[1]) for b, count in batches for n in range(count))


def test_kill_9_mid_run_leaves_whole_articles_and_a_rerun_finishes_without_duplicates(tmp_path):
    db, source = tmp_path / "q.db", feed(tmp_path, 1, 120)
    for at_least in (20, 60):  # killed twice at different points, then left to finish
        process = add(db, source, "--workers", "1", start_new_session=True)
        deadline = time.monotonic() + 900
        while articles_in(db) < at_least and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(process.pid, signal.SIGKILL)  # the command and any parsing workers, at once
        process.wait()
        assert process.returncode == -signal.SIGKILL
        assert at_least <= len(assert_consistent(db)) < 120
    code, err = finished(add(db, source, "--workers", "1"))
    assert code == 0, err
    stored = assert_consistent(db)
    assert len(stored) == 120 and sum(stored.values()) == expected((1, 120))


@pytest.mark.parametrize("writers", [2, 8])
def test_concurrent_adds_all_succeed_and_nothing_is_lost(tmp_path, writers):
    db = tmp_path / "q.db"
    processes = [add(db, feed(tmp_path, b, 8), "--workers", "1") for b in range(writers)]
    results = [finished(p) for p in processes]
    assert [code for code, _ in results] == [0] * writers, results
    stored = assert_consistent(db)
    assert len(stored) == 8 * writers
    assert sum(stored.values()) == expected(*[(b, 8) for b in range(writers)])
    speakers = sqlite3.connect(db).execute("SELECT name FROM speakers ORDER BY name").fetchall()
    assert [s for (s,) in speakers] == NAMES  # linked across writers, never duplicated


def test_the_server_answers_and_sees_only_whole_articles_while_add_writes(tmp_path):
    db = tmp_path / "quotes.db"
    code, err = finished(add(db, feed(tmp_path, 0, 1)))
    assert code == 0, err
    sql = ("select ar.title, count(a.id) as n from articles ar left join appearances a on a.article_id = ar.id "
           "group by ar.id")
    seen = set()
    with quotes_server(db, "--live", "--allow-sql") as (url, _):
        writer = add(db, feed(tmp_path, 1, 80), "--workers", "1")
        while writer.poll() is None or not seen:
            query = urllib.parse.urlencode({"sql": sql, "_shape": "array"})
            with urllib.request.urlopen(f"{url}/quotes.json?{query}", timeout=120) as response:
                assert response.status == 200
                rows = json.load(response)
            assert all(r["n"] == int(r["title"].rsplit(" ", 1)[1]) for r in rows), rows
            seen.add(len(rows))
        assert writer.wait() == 0, writer.stderr.read()
    assert len([n for n in seen if 1 < n < 81]) >= 3  # it did read while articles were being added


def run_until_full(db: Path, source: Path, **popen) -> str:
    code, err = finished(add(db, source, "--workers", "1", **popen))
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[-1].startswith(f"Error: {db}: ") and "Traceback" not in err, err
    return lines[-1]


def test_a_file_size_limit_stops_add_with_a_clear_error_and_a_consistent_database(tmp_path):
    db, source = tmp_path / "q.db", feed(tmp_path, 3, 80)

    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))

    message = run_until_full(db, source, preexec_fn=limit_file_size)
    assert "could not write to the disk" in message and "rolled back" in message
    assert 0 < len(assert_consistent(db)) < 80
    code, err = finished(add(db, source, "--workers", "1"))  # the limit lifted, the same command finishes the job
    assert code == 0, err
    assert len(assert_consistent(db)) == 80


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs (needs the right to mount; skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_disk_stops_add_with_a_clear_error_and_a_consistent_database(tmp_path, small_disk):
    db, source = small_disk / "q.db", feed(tmp_path, 4, 100)
    message = run_until_full(db, source)
    assert "the disk is full" in message
    assert 0 < len(assert_consistent(db)) < 100
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    code, err = finished(add(db, source, "--workers", "1"))
    assert code == 0, err
    assert len(assert_consistent(db)) == 100
