"""Result records and their files.

One record per article: {"id", "article": the cleaned article as `quotes add` stores it,
"quotes": every field of every quotation (Quote.to_dict)}.  A results folder holds
`part-NNNNNN.jsonl` (or `.parquet`) files, one per input partition, written whole
(a retried partition replaces its file), and `manifest.json` once every partition is
written; `quotes load` refuses a folder without it.
"""
from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import QuotesError
from ..extract.records import Mention, Quote
from ..ingest.articles import Article

FORMATS = ("jsonl", "parquet")
MANIFEST = "manifest.json"


def record(source_id: str | None, article: Article, quotes: list[Quote]) -> dict:
    """The result record of one extracted article."""
    return {"id": source_id, "article": dataclasses.asdict(article), "quotes": [q.to_dict() for q in quotes]}


def _is_mention(field: dataclasses.Field) -> bool:
    return str(field.type).startswith("Mention")


def quote_from_dict(data: dict) -> Quote:
    """A Quote back from Quote.to_dict() (or its Parquet row)."""
    values = dict(data)
    for field in dataclasses.fields(Quote):
        if _is_mention(field) and values.get(field.name) is not None:
            values[field.name] = Mention(**values[field.name])
    values["segments"] = [tuple(s) for s in values.get("segments") or []]
    if "resolved" not in values:  # written before Quote.resolved: "governing verb, pronoun" held both
        method, _, resolved = (values.get("method") or "none").partition(", ")
        values["method"], values["resolved"] = method, resolved or None
    return Quote(**values)


def article_and_quotes(rec: dict) -> tuple[Article, list[Quote]]:
    """What `quotes add` would store for a record: the cleaned article and its quotations."""
    return Article(**rec["article"]), [quote_from_dict(q) for q in rec["quotes"]]


def _arrow_schema():
    """The Parquet schema of a record, from the Article and Quote dataclasses."""
    import pyarrow as pa

    scalar = {"int": pa.int64(), "str": pa.string(), "float": pa.float64(), "bool": pa.bool_(),
              "Mention": pa.struct([(f.name, pa.int64() if f.type == "int" else pa.string())
                                    for f in dataclasses.fields(Mention)]),
              "list[tuple[int, int]]": pa.list_(pa.list_(pa.int64()))}

    def struct(cls):
        return pa.struct([(f.name, scalar[str(f.type).removesuffix(" | None")]) for f in dataclasses.fields(cls)])

    return pa.schema([("id", pa.string()), ("article", struct(Article)), ("quotes", pa.list_(struct(Quote)))])


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:06d}.{fmt}"


def write_part(records: list[dict], folder: str, index: int, fmt: str) -> Path:
    """Write one partition's records, atomically (a temporary file renamed into place)."""
    path = Path(folder) / part_name(index, fmt)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records, schema=_arrow_schema()), tmp)
    else:
        with tmp.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    os.replace(tmp, path)
    return path


def prepare_folder(folder: str) -> None:
    """Create the results folder; refuse one that already holds results (they would be merged too)."""
    path = Path(folder)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise QuotesError(f"{folder}: not an empty folder; give a new one for the results")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise QuotesError(f"{folder}: cannot create the folder ({err.strerror or err})") from None


def write_manifest(folder: str, fmt: str, summaries: list[dict]) -> None:
    """Mark a results folder complete: its format, partitions, articles and quotations."""
    manifest = {"format": fmt, "partitions": len(summaries), "articles": sum(s["articles"] for s in summaries),
                "quotes": sum(s["quotes"] for s in summaries)}
    (Path(folder) / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def manifest(folder: str) -> dict:
    """The manifest of a complete results folder, checked against its files."""
    path = Path(folder)
    if not path.is_dir():
        raise QuotesError(f"{folder}: no such results folder (made by `quotes extract --output`)")
    if not (path / MANIFEST).exists():
        raise QuotesError(f"{folder}: incomplete results (no {MANIFEST}): the extract run did not finish")
    found = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    missing = [i for i in range(found["partitions"]) if not (path / part_name(i, found["format"])).exists()]
    if missing:
        raise QuotesError(f"{folder}: {len(missing)} partition files missing (first: {part_name(missing[0], found['format'])})")
    return found


def read_records(folder: str) -> Iterator[dict]:
    """The records of a complete results folder, in input order."""
    found = manifest(folder)
    for index in range(found["partitions"]):
        path = Path(folder) / part_name(index, found["format"])
        if found["format"] == "parquet":
            import pyarrow.parquet as pq

            yield from pq.read_table(path).to_pylist()
        else:
            with path.open(encoding="utf-8") as lines:
                yield from (json.loads(line) for line in lines)


def read_all(folders: Iterable[str]) -> Iterator[dict]:
    """The records of several results folders, one after the other."""
    for folder in folders:
        yield from read_records(folder)
