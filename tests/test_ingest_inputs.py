"""Reading inputs safely: plain-text headlines, no database left by a failed add, files that are not
regular files, reading with a limit, and dates in the common formats (a warning for the rest)."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.ingest.sources import headline, read_articles

GOOD = "\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind."


@pytest.mark.parametrize("text, title", [
    ("Port reopens after strike\n\nBody.", "Port reopens after strike"),
    ("Will the port reopen?\nBody.", "Will the port reopen?"),
    ("\u201cWe won,\u201d says union leader\nBody.", "\u201cWe won,\u201d says union leader"),
    ("  Harbour  to reopen \nBody.", "Harbour to reopen"),
    ("The council met on Monday.\nMore.", None),  # a sentence
    ("The council, which met on Monday,\nsaid no.", None),  # a clause going on
    ("By Jo Bloggs\nBody.", None),
    ("March 3, 2025\nBody.", None),
    ("HALIFAX -\nBody.", None),
    ("lowercase words here\nBody.", None),
    ("Only one line", None),
    (" ".join(["Word"] * 21) + "\nBody.", None),
])
def test_a_first_line_is_the_title_when_it_reads_as_a_headline(text, title):
    found, rest = headline(text)
    assert found == title
    assert (rest.strip() == "Body.") if title else (rest == text)


def test_a_plain_text_file_gets_its_headline_as_title_unless_front_matter_gives_one(tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text(f"Harbour to reopen on Monday\n\n{GOOD}\n")
    [source] = read_articles(str(plain))
    assert (source.title, source.text.strip()) == ("Harbour to reopen on Monday", GOOD)
    plain.write_text(f"---\ntitle: Given\n---\nHarbour to reopen on Monday\n\n{GOOD}\n")
    [source] = read_articles(str(plain))
    assert source.title == "Given" and source.text.startswith("Harbour to reopen on Monday")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def add(*args, env=None):
    return CliRunner().invoke(main, ["add", *map(str, args), "--db", "q.db", "--workers", "1"], env=env)


def test_add_without_a_model_creates_no_database(folder):
    result = add("good.txt", env={"QUOTES_MODEL": "no_such_model_package"})
    assert result.exit_code == 1
    assert result.stderr == "Error: spaCy model 'no_such_model_package' (from QUOTES_MODEL) is not installed\n"
    assert not (folder / "q.db").exists()


@pytest.fixture
def no_model_needed(monkeypatch):
    """`add` checks that a model is installed; these runs never reach it."""
    import quotes.cli.store

    monkeypatch.setattr(quotes.cli.store, "model_name", lambda: "stand-in")


def test_add_that_fails_before_storing_an_article_leaves_no_database(folder, monkeypatch, no_model_needed):
    import quotes.cli.store

    def broken(articles):
        raise MemoryError("simulated")

    monkeypatch.setattr(quotes.cli.store, "quotations", broken)
    result = add("good.txt")
    assert isinstance(result.exception, MemoryError)
    assert sorted(p.name for p in folder.iterdir()) == ["good.txt"]


def test_a_failed_add_keeps_a_database_that_was_there(folder, monkeypatch, no_model_needed):
    import quotes.cli.store

    sqlite3.connect("q.db").close()  # an empty file: SQLite takes it for an empty database
    monkeypatch.setattr(quotes.cli.store, "quotations", lambda articles: 1 / 0)
    assert isinstance(add("good.txt").exception, ZeroDivisionError)
    assert (folder / "q.db").exists()


def in_time(function, seconds: float = 30):
    """function()'s result, or a failure if it has not returned within `seconds` (it would hang)."""
    import threading

    result = {}

    def call():
        try:
            result["value"] = function()
        except BaseException as err:  # handed to the test's thread
            result["error"] = err

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{function} still running after {seconds} s"
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_a_fifo_in_a_folder_is_skipped_and_one_named_is_refused(tmp_path):
    import os

    from quotes.ingest.sources import read_inputs

    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "stuck.txt")  # opening it for reading would wait for a writer forever
    problems = []
    sources = in_time(lambda: read_inputs([str(tmp_path)], problems.append))
    assert [s.text for s in sources] == [GOOD] and problems == []
    sources = in_time(lambda: read_inputs([str(tmp_path / "stuck.txt"), "/dev/zero"], problems.append))
    assert sources == []
    assert [str(p) for p in problems] == [f"{tmp_path / 'stuck.txt'}: a FIFO, not a regular file; skipped",
                                          "/dev/zero: a character device, not a regular file; skipped"]


class Zeros:
    """An endless binary stream, as /dev/zero on standard input."""

    def __init__(self):
        self.given = 0

    def read(self, size=-1):
        assert size >= 0, "read without a limit"
        self.given += size
        return b"\0" * size


def test_standard_input_is_read_with_a_limit(monkeypatch):
    from quotes.errors import QuotesError

    zeros = Zeros()
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": zeros})())
    with pytest.raises(QuotesError, match=r"^<stdin>: more than the 10 MB standard input may bring$"):
        in_time(lambda: read_articles("-"))
    assert zeros.given <= 10_000_001


def test_dates_in_common_formats_are_read_and_the_rest_dropped_with_a_warning(tmp_path, capsys):
    import json

    lines = tmp_path / "a.jsonl"
    dates = ["Mon, 03 Mar 2025 10:00:00 GMT", "2025-13-45", 1741000000, "1741000000000", "3 March 2025",
             "2025-03-03T10:00:00+01:00", "next Tuesday", 2025]
    lines.write_text("".join(json.dumps({"text": GOOD, "published": d}) + "\n" for d in dates))
    assert [s.published for s in read_articles(str(lines))] == \
        ["2025-03-03", None, "2025-03-03", "2025-03-03", "2025-03-03", "2025-03-03", None, "2025-01-01"]
    assert capsys.readouterr().err.splitlines() == [
        f"Warning: {lines}:2: the date '2025-13-45' is not one quotes can read; left out",
        f"Warning: {lines}:7: the date 'next Tuesday' is not one quotes can read; left out"]
