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
    import quotes.extract.model

    monkeypatch.setattr(quotes.extract.model, "model_name", lambda: "stand-in")


def test_add_that_fails_before_storing_an_article_leaves_no_database(folder, monkeypatch, no_model_needed):
    import quotes.engine.road

    def broken(articles):
        raise MemoryError("simulated")

    monkeypatch.setattr(quotes.engine.road, "quotations", broken)
    result = add("good.txt")
    assert isinstance(result.exception, MemoryError)
    assert sorted(p.name for p in folder.iterdir()) == ["good.txt"]


def test_a_failed_add_keeps_a_database_that_was_there(folder, monkeypatch, no_model_needed):
    import quotes.engine.road

    sqlite3.connect("q.db").close()  # an empty file: SQLite takes it for an empty database
    monkeypatch.setattr(quotes.engine.road, "quotations", lambda articles: 1 / 0)
    assert isinstance(add("good.txt").exception, ZeroDivisionError)
    assert (folder / "q.db").exists()
