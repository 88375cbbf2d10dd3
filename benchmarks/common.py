"""What the benchmark scripts share: the texts they run on, timing, peak memory of a process tree."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
SAMPLES = ROOT / "quotes" / "samples"
QUOTES = str(Path(sys.executable).with_name("quotes"))


def articles(min_words: int = 100_000) -> list[dict]:
    """polnear-train (then dev) articles when present, else the project's samples repeated to `min_words`."""
    files = [BENCH / "polnear-train.jsonl", BENCH / "polnear-dev.jsonl"]
    if not files[0].exists():
        files = sorted(SAMPLES.glob("*.jsonl"))
    found = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = list(found)
    while sum(len(a["text"].split()) for a in out) < min_words:
        out += found
    return out


def take(items: list, n: int) -> list:
    """The first `n` items, cycling through the list when it is shorter."""
    return [items[i % len(items)] for i in range(n)]


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def timed(run) -> tuple[float, object]:
    """Seconds a call takes, and its result."""
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) of the values, interpolated."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(p) - 1]


class PeakMemory:
    """Peak resident memory of a process and all its children together, sampled every 50 ms."""

    def __init__(self, pid: int):
        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            self._stop.wait(0.05)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(command: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run a command to completion: its wall seconds, the peak memory of its process tree (bytes), its result."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    with PeakMemory(process.pid) as memory:
        out, err = process.communicate()
    seconds = time.perf_counter() - start
    done = subprocess.CompletedProcess(command, process.returncode, out, err)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed: {err[-2000:]}")
    return seconds, memory.peak, done


def mb(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.0f} MB"
