"""`quotes add --workers`: parsing in several processes writes exactly what one process writes."""
import functools
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import SAMPLES

from quotes.cli import main
from quotes.engine import road
from quotes.engine import runner as runner_module

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
    monkeypatch.setattr(road, "BATCH", 2)  # the 9 samples make several tasks for the pool
    runner = CliRunner()
    for n in (1, 2):
        result = runner.invoke(main, ["add", str(SAMPLES), "--db", str(tmp_path / f"{n}.db"), "--workers", str(n)],
                               catch_exceptions=False)
        assert result.exit_code == 0, result.output
    one, two = rows(tmp_path / "1.db"), rows(tmp_path / "2.db")
    assert one["appearances"], "the samples have quotations"
    assert one == two


def test_one_part_or_one_worker_stays_in_process():
    for parts, workers in ((1, 4), (40, 1)):
        with runner_module.executor("local", workers, parts=parts) as run_map:
            assert run_map is runner_module.run_here


def test_parts_keep_the_order_and_shrink_at_the_end():
    articles = list(range(100))
    parts = runner_module.parts_of(articles, 16, 2)
    assert [a for part in parts for a in part] == articles
    assert [len(t) for t in parts] == [16, 16, 16, 16] + [4] * 9
    assert [len(t) for t in runner_module.parts_of(articles[:10], 16, 2)] == [4, 4, 2]


def test_workers_default_to_the_cores_available():
    assert runner_module.default_workers() >= 1


def test_workers_run_below_the_writing_process_priority_and_warm_up_first(tmp_path):
    import os

    mine = os.nice(0)
    warm = functools.partial(os.makedirs, str(tmp_path / "warmed"), exist_ok=True)
    with runner_module.process_pool(2, niceness=4, warm=warm) as run_map:
        assert list(run_map(os.nice, [0, 0, 0])) == [min(mine + 4, 19)] * 3
    assert (tmp_path / "warmed").is_dir()
    assert runner_module.WORKER_NICENESS > 0


def test_a_worker_that_dies_ends_the_run_with_a_clear_error_not_a_hang():
    import os

    from quotes.errors import QuotesError

    with pytest.raises(QuotesError, match="a worker process died"):
        with runner_module.process_pool(2) as run_map:
            list(run_map(os._exit, [3, 3]))


def test_a_reader_that_stops_after_the_first_result_leaves_the_pool_cleanly():
    with runner_module.process_pool(2) as run_map:
        results = run_map(abs, range(-40, 0))
        first = next(results)
    assert first == 40  # the parts not started were cancelled, the running ones awaited


def test_workers_that_cannot_load_the_model_end_the_run_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_MODEL", "no_such_model")  # the spawned workers inherit it
    for n in (1, 2):
        (tmp_path / f"{n}.txt").write_text(f"\u201cThe harbour will reopen on Monday number {n},\u201d said Ada Lind.")
    done = CliRunner().invoke(main, ["extract", str(tmp_path), "--workers", "2", "--partition-size", "1"])
    assert done.exit_code == 1
    assert done.output.strip() == "Error: spaCy model 'no_such_model' (from QUOTES_MODEL) is not installed"


#: Starts a pool of two workers, prints their ids and the resource tracker's, and holds the pool until killed.
POOL_HELD_UNTIL_KILLED = """
import multiprocessing, sys
from multiprocessing import resource_tracker
from quotes.engine import runner
with runner.process_pool(2) as run_map:
    assert list(run_map(abs, [-1, -2, -3, -4])) == [1, 2, 3, 4]
    print(*[p.pid for p in multiprocessing.active_children()], resource_tracker._resource_tracker._pid, flush=True)
    sys.stdin.read()
"""


def test_workers_end_when_the_process_that_started_them_is_killed():
    import os
    import select
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    if not hasattr(os, "pidfd_open"):
        pytest.skip("waits on the workers' ends with pidfd_open (Linux)")
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", POOL_HELD_UNTIL_KILLED], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    pids = [int(pid) for pid in process.stdout.readline().split()]
    ends = {pid: os.pidfd_open(pid) for pid in pids}
    try:
        assert len(pids) == 3, pids  # two workers and the resource tracker
        process.kill()  # the command alone, as `kill -9` does, not its process group
        process.wait(timeout=60)
        waiting, deadline = set(ends.values()), time.monotonic() + 60
        while waiting and time.monotonic() < deadline:
            ready, _, _ = select.select(list(waiting), [], [], deadline - time.monotonic())
            waiting -= set(ready)
        assert not waiting, "a worker or the resource tracker outlived the process that started them"
    finally:
        for pid, fd in ends.items():
            if not select.select([fd], [], [], 0)[0]:
                os.kill(pid, signal.SIGKILL)
            os.close(fd)
        process.stdin.close()
        process.stdout.close()
