"""Running a task over partitions: in this process, in a pool of local processes, or on Dask distributed.

Without a scheduler address the Dask engine starts a local cluster (worker processes
with one thread each, so each loads the spaCy model once) and stops it afterwards.
Results come back in partition order.  When a worker dies, the scheduler runs its
partitions again on another worker (up to `distributed.scheduler.allowed-failures`
times); an error raised by the task itself (bad input) stops the run.
"""
from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ..errors import QuotesError

ENGINES = ("local", "dask")


def run_local(task: Callable, parts: Sequence) -> Iterator:
    """Each partition's result, computed here one after the other."""
    for part in parts:
        yield task(part)


@contextmanager
def process_pool(workers: int, niceness: int = 0, warm: Callable | None = None):
    """A pool of `workers` new processes (spawned, so each loads the model once), started now.  They
    run `niceness` steps below this one's priority, so that work this process does with their results
    is not kept waiting for a core, and each runs `warm` (loading the model, say) before its first task.
    Use `pool.imap(task, parts)` for the results in partition order."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(workers, initializer=_start_worker, initargs=(niceness, warm)) as pool:
        yield pool


def _start_worker(niceness: int, warm: Callable | None) -> None:
    os.nice(niceness)
    if warm is not None:
        warm()


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2):
    """A Dask client: of the cluster at `scheduler`, else of a new local cluster of `workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise QuotesError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_dask(task: Callable, parts: Sequence, client) -> Iterator:
    """Each partition's result, computed on the cluster, in partition order."""
    from distributed import KilledWorker

    futures = client.map(task, parts, pure=False)
    try:
        for part, future in zip(parts, futures):
            try:
                yield future.result()
            except KilledWorker as err:
                raise QuotesError(f"partition {part.index}: every worker that ran it died ({err.last_worker.address}"
                                  " last); is a worker running out of memory?") from None
            future.release()
    finally:
        client.cancel(futures)


def run(task: Callable, parts: Sequence, engine: str = "local", scheduler: str | None = None,
        workers: int = 2, **arguments) -> Iterator:
    """Each partition's result of `task(part, **arguments)` on the chosen engine."""
    task = functools.partial(task, **arguments) if arguments else task
    if engine == "local" and not scheduler:
        yield from run_local(task, parts)
        return
    with dask_client(scheduler, workers) as client:
        yield from run_dask(task, parts, client)
