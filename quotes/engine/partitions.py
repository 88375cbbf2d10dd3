"""Input collections cut into partitions that a worker reads by itself.

A partition says where its articles are (a few files, a run of lines of a JSON Lines
file, a row group of a Parquet file) rather than holding them, so the client never
reads a large collection.  Only standard input and gold files are read up front and
shipped inside their partitions.  Partitions are numbered in input order, which is
the order `quotes add` would store the same articles in.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import QuotesError
from ..reading import JSONL_SUFFIXES, Source, _with_metadata, decode, expand, read_articles, read_gold, read_text

PARQUET_SUFFIX = ".parquet"


def record_source(obj: dict, path: str, number: int) -> Source:
    """The article of one JSON Lines object or Parquet row, named as `quotes add` names it."""
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise QuotesError(f"{path}:{number}: the article has no \"text\"")
    key = obj.get("id")
    return _with_metadata(Source(text=body, id=str(key) if key else f"{Path(path).stem}-{number}"),
                          obj, f"{path}:{number}")


@dataclass(frozen=True)
class Files:
    """Whole files: read as `quotes add` reads them, or as plain text (`quotes extract` without --output)."""

    index: int
    paths: tuple[str, ...]

    def read(self, as_added: bool) -> list[Source]:
        if as_added:
            return [s for path in self.paths for s in read_articles(path)]
        return [read_text(path) for path in self.paths]


@dataclass(frozen=True)
class Lines:
    """Lines `first`.. of a JSON Lines file, bytes start..end, one article per line."""

    index: int
    path: str
    first: int
    start: int
    end: int

    def read(self, as_added: bool) -> list[Source]:
        with open(self.path, "rb") as f:
            f.seek(self.start)
            data = f.read(self.end - self.start)
        out = []
        for number, line in enumerate(decode(data, self.path).splitlines(), self.first):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise QuotesError(f"{self.path}:{number}: malformed JSON ({err.msg})") from None
            if not isinstance(obj, dict):
                raise QuotesError(f"{self.path}:{number}: expected a JSON object")
            out.append(record_source(obj, self.path, number))
        return out


@dataclass(frozen=True)
class Rows:
    """One row group of a Parquet file (a `text` column and the metadata columns JSON Lines may have)."""

    index: int
    path: str
    group: int
    first: int

    def read(self, as_added: bool) -> list[Source]:
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(self.path).read_row_group(self.group).to_pylist()
        return [record_source(row, self.path, number) for number, row in enumerate(rows, self.first)]


@dataclass(frozen=True)
class Given:
    """Articles already read (standard input, a gold file), shipped with the partition."""

    index: int
    sources: tuple[Source, ...]

    def read(self, as_added: bool) -> list[Source]:
        return list(self.sources)


Partition = Files | Lines | Rows | Given


def _line_runs(path: str, size: int) -> list[tuple[int, int, int]]:
    """(first line number, start byte, end byte) of each run of `size` lines of a JSON Lines file."""
    with open(path, "rb") as f:
        head = f.read(2)
        f.seek(0)
        if head in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: newlines are not single bytes, keep it whole
            return [(1, 0, Path(path).stat().st_size)]
        runs, first, start, count, pos, blank = [], 1, 0, 0, 0, True
        for line in f:
            count, pos, blank = count + 1, pos + len(line), blank and not line.strip()
            if count == size:
                runs.append((first, start, pos))
                first, start, count = first + size, pos, 0
    if blank:
        raise QuotesError(f"{path}: the file is empty")
    return runs + ([(first, start, pos)] if count else [])


def _files(paths: list[str]) -> list[str]:
    """Paths with folders replaced by their article files, Parquet files included, in `quotes add` order."""
    out = []
    for path in paths:
        folder = Path(path)
        if path == "-" or not folder.is_dir():
            out.append(path)
            continue
        parquet = [p for p in folder.rglob(f"*{PARQUET_SUFFIX}")
                   if not any(part.startswith(".") for part in p.relative_to(folder).parts)]
        try:
            others = [Path(p) for p in expand([path])]
        except QuotesError:
            if not parquet:
                raise
            others = []
        out.extend(str(p) for p in sorted(others + parquet))
    return out


def plan(paths: list[str], gold: str | None = None, size: int = 100, as_added: bool = False) -> list[Partition]:
    """The partitions of the inputs, `size` articles (files, lines) each, in input order."""
    parts: list[Partition] = []
    loose: list[str] = []

    def flush():
        for i in range(0, len(loose), size):
            parts.append(Files(len(parts), tuple(loose[i:i + size])))
        loose.clear()

    def given(sources: list[Source]):
        for i in range(0, len(sources), size):
            parts.append(Given(len(parts), tuple(sources[i:i + size])))

    if gold:
        given([Source(text=a["text"], id=a["id"]) for a in read_gold(gold)])
    for path in _files(paths):
        suffix = Path(path).suffix.lower()
        if path != "-" and not Path(path).is_file():
            raise QuotesError(f"{path}: {'is a folder, not a file' if Path(path).exists() else 'no such file'}")
        if path != "-" and suffix not in JSONL_SUFFIXES | {PARQUET_SUFFIX}:
            loose.append(path)
            continue
        flush()
        if path == "-":
            given(read_articles(path) if as_added else [read_text(path)])
        elif suffix == PARQUET_SUFFIX:
            import pyarrow.parquet as pq

            meta = pq.ParquetFile(path).metadata
            first = 1
            for group in range(meta.num_row_groups):
                parts.append(Rows(len(parts), path, group, first))
                first += meta.row_group(group).num_rows
        else:
            parts.extend(Lines(len(parts), path, *run) for run in _line_runs(path, size))
    flush()
    return parts
