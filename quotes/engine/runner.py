"""Running a task over parts, results in part order, on one of two engines.

local  this process, or a pool of `workers` new local processes (each loads the model once);
dask   Dask distributed: a new local cluster of `workers` processes, or the cluster at `scheduler`.

When a Dask worker dies, the scheduler runs its parts again on another worker (up to
`distributed.scheduler.allowed-failures` times); an error raised by the task itself
(bad input) stops the run.
"""
from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ..errors import QuotesError

ENGINES = ("local", "dask")
#: Dask settings of the local cluster that make it cost about the CPU of one process (the defaults
#: cost ~30 % more on 300 polnear-train articles and left a worker idle while another had 2 partitions).
LOCAL_CLUSTER_CONFIG = {
    # glibc's own trim threshold: Dask's 64 KiB has a worker hand freed memory back to the system
    # and fault it in again on every batch spaCy parses (5x the page faults, +20 % CPU, all system time)
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # one partition per worker thread at a time (1.1 queues two behind a one-thread worker), the
    # rest handed to whichever worker is free first: partitions are small to send, long to run
    "distributed.scheduler.worker-saturation": 1.0,
    # no sampling of every worker's stack every 10 ms
    "distributed.worker.profile.enabled": False,
}


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


#: How much lower worker processes run than the one writing their results (the lowest there is): with
#: a worker per core, the single writer would otherwise share a core with a worker and write at half speed.
WORKER_NICENESS = 19


def parts_of(items: Sequence, size: int, workers: int) -> list[list]:
    """The items in parts of `size`, the last `workers` * `size` of them in quarter-size parts, so that
    the workers run out of work at about the same time."""
    tail, small = max(len(items) - workers * size, 0), max(size // 4, 1)
    return ([list(items[i:min(i + size, tail)]) for i in range(0, tail, size)]
            + [list(items[i:i + small]) for i in range(tail, len(items), small)])


def run_here(task: Callable, parts: Sequence) -> Iterator:
    """Each part's result, computed in this process one after the other."""
    for part in parts:
        yield task(part)


@contextmanager
def process_pool(workers: int, niceness: int = 0, warm: Callable | None = None) -> Iterator[Callable]:
    """A pool of `workers` new processes (spawned, so each loads the model once); yields a function
    mapping a task over parts, results in part order.  The processes run `niceness` steps below this
    one's priority, so that work this process does with their results is not kept waiting for a core,
    and each runs `warm` (loading the model, say) before its first task.  Leaving early (an error in a
    part, the reader stopping) cancels the parts not started and waits for the running ones: no process
    is killed while it holds the pool's queue (multiprocessing.Pool's terminate could then hang).  A worker
    ends when this process does, killed or not."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(niceness, warm))
    try:
        yield functools.partial(_in_order, pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(pool, task: Callable, parts: Sequence) -> Iterator:
    """Each part's result from the pool, in part order."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield from pool.map(task, parts)
    except BrokenProcessPool:
        raise QuotesError("a worker process died (out of memory?); run again with fewer --workers") from None


def _start_worker(niceness: int, warm: Callable | None) -> None:
    os.nice(niceness)
    threading.Thread(target=_end_with_parent, name="end-with-parent", daemon=True).start()
    if warm is not None:
        try:
            warm()
        except QuotesError:
            pass  # (an initializer that fails breaks the pool; the first task meets the error instead)


def _end_with_parent() -> None:
    """Wait for the process that started this worker to end, then end this one: a worker whose parent was
    killed (kill -9, out of memory) would otherwise wait for its next task forever, model loaded."""
    import multiprocessing

    multiprocessing.parent_process().join()
    os._exit(1)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2):
    """A Dask client: of the cluster at `scheduler`, else of a new local cluster of `workers` processes."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise QuotesError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
        with client:
            yield client
        return
    with dask.config.set(LOCAL_CLUSTER_CONFIG), LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_dask(client, task: Callable, parts: Sequence) -> Iterator:
    """Each part's result, computed on the cluster, in part order."""
    from distributed import KilledWorker

    futures = client.map(task, parts, pure=False)
    try:
        for part, future in zip(parts, futures):
            try:
                yield future.result()
            except KilledWorker as err:
                name = getattr(part, "index", "?")
                raise QuotesError(f"partition {name}: every worker that ran it died ({err.last_worker.address}"
                                  " last); is a worker running out of memory?") from None
            future.release()
    finally:
        client.cancel(futures)


@contextmanager
def executor(engine: str = "local", workers: int = 1, scheduler: str | None = None, parts: int | None = None,
             niceness: int = 0, warm: Callable | None = None) -> Iterator[Callable]:
    """A function `map(task, parts)` giving each part's result in order, on the chosen engine.
    The local engine works in this process when one worker (or one part, of `parts`) is all there is."""
    if engine == "dask" or scheduler:
        with dask_client(scheduler, workers) as client:
            yield functools.partial(run_dask, client)
        return
    workers = min(workers, parts) if parts is not None else workers
    if workers <= 1:
        yield run_here
        return
    with process_pool(workers, niceness, warm) as pool_map:
        yield pool_map


def run(task: Callable, parts: Sequence, engine: str = "local", scheduler: str | None = None,
        workers: int = 1, **arguments) -> Iterator:
    """Each part's result of `task(part, **arguments)` on the chosen engine."""
    task = functools.partial(task, **arguments) if arguments else task
    with executor(engine, workers, scheduler, len(parts), warm=_load_model) as run_map:
        yield from run_map(task, parts)


def _load_model() -> None:
    from ..extract import model

    model.load()
