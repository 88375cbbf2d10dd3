"""Input collections cut into partitions that a worker reads by itself.

A partition says where its articles are (a few files, a run of lines of a JSON Lines
file, a row group of a Parquet file) rather than holding them, so the client never
reads a large collection.  Only standard input and gold files are read up front and
shipped inside their partitions.  Partitions are numbered in input order, which is
the order `quotes add` would store the same articles in.
"""
from __future__ import annotations

import dataclasses
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import QuotesError
from ..ingest.sources import JSONL_SUFFIXES, Report, Source, decode, expand, fail, read_article_lines, read_articles, read_inputs

PARQUET_SUFFIX = ".parquet"


def _numbered_lines(lines: str, path: str, first: int, report: Report) -> list[Source]:
    """The articles of JSON Lines text that starts at line `first` of `path`, read by `quotes add`'s own
    reader (so origins and default ids keep their line numbers)."""
    return list(read_article_lines(lines, path, report, first))


@dataclass(frozen=True)
class Files:
    """Whole files, read as `quotes add` reads them."""

    index: int
    paths: tuple[str, ...]

    def read(self, report: Report = fail) -> list[Source]:
        return read_inputs(self.paths, report)


@dataclass(frozen=True)
class Lines:
    """Lines `first`.. of a JSON Lines file, bytes start..end, one article per line."""

    index: int
    path: str
    first: int
    start: int
    end: int

    def read(self, report: Report = fail) -> list[Source]:
        with open(self.path, "rb") as f:
            f.seek(self.start)
            data = f.read(self.end - self.start)
        try:
            return _numbered_lines(decode(data, self.path), self.path, self.first, report)
        except QuotesError as err:
            report(err)
            return []


@dataclass(frozen=True)
class Rows:
    """One row group of a Parquet file (a `text` column and the metadata columns JSON Lines may have)."""

    index: int
    path: str
    group: int
    first: int

    def read(self, report: Report = fail) -> list[Source]:
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(self.path).read_row_group(self.group).to_pylist()
        lines = "\n".join(json.dumps(row, ensure_ascii=False, default=str) for row in rows)
        return _numbered_lines(lines, self.path, self.first, report)


@dataclass(frozen=True)
class Given:
    """Articles already read (standard input, a gold file), shipped with the partition."""

    index: int
    sources: tuple[Source, ...]

    def read(self, report: Report = fail) -> list[Source]:
        return list(self.sources)


Partition = Files | Lines | Rows | Given


def _line_runs(path: str, size: int) -> list[tuple[int, int, int]]:
    """(first line number, start byte, end byte) of each run of `size` articles (non-blank lines) of a
    JSON Lines file; blank lines stay with the run before them (leading ones with the first run)."""
    with open(path, "rb") as f:
        head = f.read(2)
        f.seek(0)
        if head in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: newlines are not single bytes, keep it whole
            return [(1, 0, Path(path).stat().st_size)]
        runs, first, start, count, pos, number = [], 1, 0, 0, 0, 0
        for line in f:
            number += 1
            if line.strip():
                if count == size:
                    runs.append((first, start, pos))
                    first, start, count = number, pos, 0
                count += 1
            pos += len(line)
    if not count:
        raise QuotesError(f"{path}: the file is empty")
    return runs + [(first, start, pos)]


def _articles(part: Partition) -> list[Partition]:
    """A partition cut into partitions of one article (file, line) each, in order; blank lines stay with
    the line before them (leading ones with the line after).  A Parquet row group, or a UTF-16 file,
    stays whole."""
    if isinstance(part, Files):
        return [Files(part.index, (path,)) for path in part.paths]
    if isinstance(part, Given):
        return [Given(part.index, (source,)) for source in part.sources]
    if not isinstance(part, Lines):
        return [part]
    with open(part.path, "rb") as f:
        f.seek(part.start)
        data = f.read(part.end - part.start)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [part]
    out: list[Lines] = []
    pos, number, filled = part.start, part.first, False
    for line in io.BytesIO(data):  # lines end at b"\n", as _line_runs counts them
        if out and (not filled or not line.strip()):
            out[-1] = dataclasses.replace(out[-1], end=pos + len(line))
        else:
            out.append(Lines(part.index, part.path, number, pos, pos + len(line)))
        pos, number, filled = pos + len(line), number + 1, filled or bool(line.strip())
    return out


def _joined(pieces: list[Partition]) -> Partition:
    """One partition of one-article partitions that follow each other in one input."""
    a, z = pieces[0], pieces[-1]
    if isinstance(a, Lines):
        return dataclasses.replace(a, end=z.end)
    if isinstance(a, Files):
        return Files(a.index, tuple(path for p in pieces for path in p.paths))
    return Given(a.index, tuple(source for p in pieces for source in p.sources))


def _follows(a: Partition, b: Partition) -> bool:
    return type(a) is type(b) and not isinstance(a, Rows) and (
        not isinstance(a, Lines) or (a.path, a.end) == (b.path, b.start))


def balance(parts: list[Partition], workers: int, size: int) -> list[Partition]:
    """The partitions with their last `workers * size` or so articles cut again into 4 * `workers`
    partitions, so that `workers` workers, each taking the next partition when it is done with
    one, run out of work at about the same time, and all have some of a small input."""
    parts, tail = list(parts), []
    while parts and len(tail) < workers * size and not isinstance(parts[-1], Rows):
        tail[:0] = _articles(parts.pop())
    step = max(-(-len(tail) // (4 * workers)), 1)
    for i in range(0, len(tail), step):
        chunk = tail[i:i + step]
        start = 0
        for k in range(1, len(chunk) + 1):
            if k == len(chunk) or not _follows(chunk[k - 1], chunk[k]):
                parts.append(_joined(chunk[start:k]))
                start = k
    return [dataclasses.replace(p, index=k) for k, p in enumerate(parts)]


def plan(paths: list[str], sources: list[Source] = (), size: int = 100, report: Report = fail,
         workers: int = 1) -> list[Partition]:
    """The partitions of articles already read (`sources`, such as a gold file's) and of the files at
    `paths`, `size` articles (files, lines) each, in input order; for more than one worker, the last
    ones smaller (see balance).
    Parquet files are named one by one (folders are searched for the files `quotes add` reads)."""
    parts: list[Partition] = []
    loose: list[str] = []

    def flush():
        for i in range(0, len(loose), size):
            parts.append(Files(len(parts), tuple(loose[i:i + size])))
        loose.clear()

    def given(sources: list[Source]):
        for i in range(0, len(sources), size):
            parts.append(Given(len(parts), tuple(sources[i:i + size])))

    given(list(sources))
    for path in expand(paths, report):
        suffix = Path(path).suffix.lower()
        if path != "-" and suffix not in JSONL_SUFFIXES | {PARQUET_SUFFIX}:
            loose.append(path)
            continue
        flush()
        if path == "-":
            given(read_articles(path, report))
        elif not os.path.isfile(path):
            report(QuotesError(f"{path}: {'not a file' if os.path.exists(path) else 'no such file'}"))
        elif suffix == PARQUET_SUFFIX:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata
            first = 1
            for group in range(meta.num_row_groups):
                parts.append(Rows(len(parts), path, group, first))
                first += meta.row_group(group).num_rows
        else:
            try:
                parts.extend(Lines(len(parts), path, *run) for run in _line_runs(path, size))
            except QuotesError as err:
                report(err)
    flush()
    return balance(parts, workers, size) if workers > 1 else parts
