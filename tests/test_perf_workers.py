"""`quotes add --workers`: parsing in several processes writes exactly what one process writes."""
import functools
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
    for count, workers in ((pipeline.WORKER_BATCH, 4), (40, 1)):
        with pipeline.extraction_workers(count, workers) as pool:
            assert pool is None
            assert list(pipeline.extract_parallel(["a"] * count, pool)) == [("in-process", count)]


def test_tasks_keep_the_order_and_shrink_at_the_end(monkeypatch):
    monkeypatch.setattr(pipeline, "default_workers", lambda: 2)
    articles = list(range(100))
    tasks = pipeline._tasks(articles)
    assert [a for task in tasks for a in task] == articles
    assert [len(t) for t in tasks] == [16, 16, 16, 16] + [4] * 9
    assert [len(t) for t in pipeline._tasks(articles[:10])] == [4, 4, 2]


def test_workers_default_to_the_cores_available():
    assert pipeline.default_workers() >= 1


def test_workers_run_below_the_writing_process_priority_and_warm_up_first(tmp_path):
    import os

    from quotes.engine.runner import process_pool

    mine = os.nice(0)
    with process_pool(2, niceness=4, warm=functools.partial(os.makedirs, str(tmp_path / "warmed"), exist_ok=True)) as pool:
        assert list(pool.imap(os.nice, [0, 0, 0])) == [min(mine + 4, 19)] * 3
    assert (tmp_path / "warmed").is_dir()
    assert pipeline.WORKER_NICENESS > 0
