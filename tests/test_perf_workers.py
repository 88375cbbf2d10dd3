"""`quotes add --workers`: parsing in several processes writes exactly what one process writes."""
import sqlite3

from click.testing import CliRunner

from quotes import pipeline
from quotes.cli import main

from conftest import SAMPLES

#: Columns that record when a row was written, not what it holds.
CLOCK_COLUMNS = {"added", "updated"}


def rows(db) -> dict[str, list[tuple]]:
    """Every row of every table, without the clock columns."""
    conn = sqlite3.connect(db)
    out = {}
    for table in ("articles", "speakers", "speaker_aliases", "quotes", "appearances"):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in CLOCK_COLUMNS]
        out[table] = [tuple(r[i] for i in keep) for r in cursor]
    return out


def test_two_workers_write_the_same_rows_as_one(tmp_path, monkeypatch, nlp):
    monkeypatch.setattr(pipeline, "WORKER_BATCH", 2)  # the 9 samples make 5 tasks for the pool
    runner = CliRunner()
    for n in (1, 2):
        result = runner.invoke(main, ["add", str(SAMPLES), "--db", str(tmp_path / f"{n}.db"), "--workers", str(n)],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
    one, two = rows(tmp_path / "1.db"), rows(tmp_path / "2.db")
    assert one["appearances"], "the samples have quotations"
    assert one == two


def test_small_inputs_and_one_worker_stay_in_process(monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda articles: iter([("in-process", len(list(articles)))]))
    assert list(pipeline.extract_parallel(["a"] * 3, workers=4)) == [("in-process", 3)]
    assert list(pipeline.extract_parallel(["a"] * 40, workers=1)) == [("in-process", 40)]


def test_workers_default_to_the_cores_available():
    assert pipeline.default_workers() >= 1


def test_workers_run_below_the_writing_process_priority():
    import os

    from quotes.engine.runner import run_processes

    mine = os.nice(0)
    assert list(run_processes(os.nice, [0, 0, 0], 2, niceness=4)) == [min(mine + 4, 19)] * 3
    assert pipeline.WORKER_NICENESS > 0
