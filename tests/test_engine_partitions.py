"""Partitions read what `quotes add` reads, results round-trip every field, and incomplete or
crowded results folders are refused (in-process engine, real files)."""
from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.engine import partitions, results, road
from quotes.extract.records import Quote
from quotes.ingest.sources import read_articles

STORY = ("\u201cThe ferry will run all winter,\u201d Transport Minister Aino Sarre said on Monday.\n"
         "\u201cNobody will be cut off,\u201d she added, \u201cnot one island, not one family.\u201d\n"
         "Harbour staff were told on Friday. \u201cWe heard it from the radio,\u201d said Jon Ekre, a deckhand.\n")
ROWS = [{"text": STORY.replace("Monday", day), "title": f"Ferries ({day})", "outlet": "Island News",
         "published": "2025-02-0" + str(n + 1), "id": f"f{n}" if n % 2 else None}
        for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])]


def read_all(parts):
    return [s for p in parts for s in p.read()]


def test_json_lines_partitions_read_what_add_reads(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(r) for r in ROWS]
    path.write_text("\n".join(lines[:3] + [""] + lines[3:]) + "\n", encoding="utf-8")  # a blank line 4
    parts = partitions.plan([str(path)], size=3)  # three articles a partition, the blank line with the first
    assert [(p.first, p.index) for p in parts] == [(1, 0), (5, 1), (8, 2)]
    assert read_all(parts) == read_articles(str(path))
    assert read_all(parts)[-1].origin == f"{path}:8"


def test_blank_lines_make_no_partition_of_their_own(tmp_path):
    """Blank lines after the last article (or many between two) join the partition before them:
    a partition of blank lines alone would be an empty input, an error under --strict."""
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(r) for r in ROWS[:3]]
    path.write_text(lines[0] + "\n" * 5 + "\n".join(lines[1:]) + "\n" * 40, encoding="utf-8")
    parts = partitions.plan([str(path)], size=1)
    assert [p.first for p in parts] == [1, 6, 7]
    assert [len(p.read()) for p in parts] == [1, 1, 1]  # read as --strict reads: an error would raise


def test_partitions_for_several_workers_end_small_and_read_the_same(tmp_path):
    """The last articles go in 4 partitions per worker, so that each worker has some of a small input
    and they finish together; the partitions read the same articles (blank lines and all)."""
    feed, stories = tmp_path / "feed.jsonl", tmp_path / "stories"
    lines = [json.dumps(r) for r in ROWS * 3]
    feed.write_text("\n" + "\n".join(lines[:5] + [" ", ""] + lines[5:]) + "\n", encoding="utf-8")
    stories.mkdir()
    for n in range(5):
        (stories / f"s{n}.txt").write_text(f"Story {n}: \u201cThe harbour will reopen on Monday,\u201d said Ada Lind.",
                                             encoding="utf-8")
    inputs = [str(feed), str(stories)]
    for size in (4, 100):
        parts = partitions.plan(inputs, size=size, workers=2)
        assert [p.index for p in parts] == list(range(len(parts))) and len(parts) >= 8
        assert read_all(parts) == read_all(partitions.plan(inputs, size=size))
    kinds = [type(p).__name__ for p in parts]  # 21 lines and 5 files in 8 partitions of at most 4
    assert len(parts) == 8 and kinds.count("Files") == 2 and all(len(p.read()) <= 4 for p in parts)


def test_malformed_line_is_named_by_its_line_in_the_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps(r) for r in ROWS[:4]] + ["{broken"]), encoding="utf-8")
    last = partitions.plan([str(path)], size=2)[-1]
    with pytest.raises(Exception, match=r"feed.jsonl:5: malformed JSON"):
        last.read()


def test_folders_and_parquet_read_what_add_reads(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b" / "c.md").write_text("# Ferries\n\n" + STORY, encoding="utf-8")
    table = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), table, row_group_size=4)
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in ROWS), encoding="utf-8")
    parts = partitions.plan([str(folder), str(table)], size=10)
    assert [type(p).__name__ for p in parts] == ["Files", "Rows", "Rows"]
    sources = read_all(parts)
    assert sources[:2] == read_articles(str(folder / "a.txt")) + read_articles(str(folder / "b" / "c.md"))
    fields = lambda s: (s.id, s.text, s.title, s.outlet, s.published, s.origin.rsplit(":")[-1])  # noqa: E731
    assert [fields(s) for s in sources[2:]] == [fields(s) for s in read_articles(str(tmp_path / "d.jsonl"))]
    assert [s.id for s in sources[2:5]] == ["d-1", "f1", "d-3"] and sources[-1].origin == f"{table}:7"


def test_unreadable_lines_are_reported_and_skipped_as_add_skips_them(tmp_path, spacy_model):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps(ROWS[0]), "{broken", json.dumps(ROWS[1]), json.dumps({"title": "x"})]),
                    encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["extract", str(feed), "--partition-size", "2", "--output", str(tmp_path / "r")])
    assert out.exit_code == 1
    assert f"Error: {feed}:2: malformed JSON" in out.output and f'Error: {feed}:4: the article has no "text"' in out.output
    assert json.loads((tmp_path / "r" / "manifest.json").read_text())["articles"] == 2
    strict = runner.invoke(main, ["extract", str(feed), "--strict", "--output", str(tmp_path / "s")])
    assert strict.exit_code == 1 and not (tmp_path / "s" / "manifest.json").exists()
    added = runner.invoke(main, ["add", str(feed), "--db", str(tmp_path / "a.db")])
    loaded = runner.invoke(main, ["load", str(tmp_path / "r"), "--db", str(tmp_path / "l.db")])
    assert added.exit_code == 1 and loaded.exit_code == 0
    assert table_rows(tmp_path / "l.db") == table_rows(tmp_path / "a.db")


def test_records_round_trip_every_field_through_both_formats(tmp_path, spacy_model):
    pytest.importorskip("pyarrow")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS[:3]), encoding="utf-8")
    (part,) = partitions.plan([str(path)], size=5)
    records = [results.record(s.id, a, q) for s, a, q in road.extracted(part.read())]
    quotes = [q for r in records for q in results.article_and_quotes(r)[1]]
    assert any(q.speaker and q.cue and q.context and q.segments for q in quotes)
    for fmt in results.FORMATS:
        folder = tmp_path / fmt
        results.prepare_folder(str(folder))
        results.write_part(records, str(folder), 0, fmt)
        results.write_manifest(str(folder), fmt, [{"articles": 3, "quotes": len(quotes)}])
        back = list(results.read_records(str(folder)))
        assert [results.article_and_quotes(r) for r in back] == [results.article_and_quotes(r) for r in records]
    assert {f.name for f in dataclasses.fields(Quote)} == set(records[0]["quotes"][0])


def test_results_folder_must_be_new_and_complete(tmp_path, spacy_model):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(ROWS[0]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["extract", str(feed), "--output", str(out)])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, ["extract", str(feed), "--output", str(out)])
    assert again.exit_code == 1 and "not an empty folder" in again.output
    (out / "manifest.json").unlink()
    load = CliRunner().invoke(main, ["load", str(out), "--db", str(tmp_path / "q.db")])
    assert load.exit_code == 1 and "incomplete results" in load.output
    assert not (tmp_path / "q.db").exists()


def test_local_engine_output_loads_like_add(tmp_path, spacy_model):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in ROWS), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["add", str(feed), "--db", str(tmp_path / "a.db")]).exit_code == 0
    assert runner.invoke(main, ["extract", str(feed), "--partition-size", "3", "--output", str(tmp_path / "r")]).exit_code == 0
    loaded = runner.invoke(main, ["load", str(tmp_path / "r"), "--db", str(tmp_path / "l.db"), "--json"])
    assert loaded.exit_code == 0, loaded.output
    again = runner.invoke(main, ["load", str(tmp_path / "r"), "--db", str(tmp_path / "l.db"), "--json"])
    assert json.loads(again.output[again.output.index("{"):])["skipped"] == 7
    assert table_rows(tmp_path / "l.db") == table_rows(tmp_path / "a.db")
    assert len(table_rows(tmp_path / "a.db")[1]) >= 7 * 3


def table_rows(db) -> list[list[tuple]]:
    """Quotes and appearances, and what identifies the articles (timestamps left out)."""
    conn = sqlite3.connect(db)
    rows = [conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("quotes", "appearances")]
    return rows + [conn.execute("SELECT origin, text, title, published FROM articles ORDER BY id").fetchall()]
