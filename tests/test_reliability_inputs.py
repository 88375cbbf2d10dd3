"""Bad input to `quotes add`: one clear line on stderr naming the file and the problem, exit status 1,
nothing half-written, and the command's other inputs still added (unless --strict)."""
from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOOD, unprivileged

from quotes.cli import main
from quotes.ingest.cleaning import clean
from quotes.ingest.sources import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, decode

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
LONG_ARTICLE = " ".join(f"The council met for the {n}th time to discuss the harbour budget." for n in range(400))


@pytest.fixture
def add(nlp):
    """Run `quotes add ... --db q.db --workers 1` in the current folder; returns (result, stored article texts)."""
    def run(*args, input=None):
        result = CliRunner().invoke(main, ["add", *map(str, args), "--db", "q.db", "--workers", "1"], input=input)
        texts = [r[0] for r in sqlite3.connect("q.db").execute("SELECT text FROM articles ORDER BY id")] \
            if Path("q.db").exists() else []
        return result, texts
    return run


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def assert_reported(result, *messages: str) -> None:
    """Exit status 1, and exactly one `Error:` line on stderr per message, no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert result.exit_code == 1, result.output
    assert len(lines) == len(messages), result.stderr
    for line, message in zip(lines, messages):
        assert message in line, (message, line)
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


BAD_FILES = {
    "empty.txt": (b"", "empty.txt: the file is empty"),
    "blank.txt": (b" \n\t\n  ", "blank.txt: the file is empty (only whitespace)"),
    "image.txt": (PNG, "image.txt: binary data (a PNG image), not text"),
    "archive.txt": (gzip.compress(GOOD.encode()), "archive.txt: binary data (gzip-compressed data), not text"),
    "broken.txt": ("\u201cCaf\u00e9 prices will rise,\u201d said \u00c5sa.".encode()[:-9] + b"\xe2\x80 said.",
                   "broken.txt: invalid UTF-8 (byte"),
    "nul.txt": (GOOD.encode()[:20] + b"\x00" + GOOD.encode()[20:], "nul.txt: binary data, not text (a NUL byte at byte 20)"),
    "empty.html": (b"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>",
                   "empty.html: no article text found in the HTML page"),
    "scripts.html": (b"<html><head><style>p{color:red}</style></head><body><script>var a = '\xe2\x80\x9cno,\xe2\x80\x9d';"
                     b"</script><noscript></noscript></body></html>", "scripts.html: no article text found"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_is_reported_and_the_good_one_beside_it_added(add, folder, name):
    data, message = BAD_FILES[name]
    (folder / name).write_bytes(data)
    result, texts = add("good.txt", name)
    assert_reported(result, message)
    assert texts == [GOOD]


def test_strict_stops_at_the_first_bad_input_and_stores_nothing(add, folder):
    (folder / "empty.txt").write_bytes(b"")
    result, texts = add("good.txt", "empty.txt", "--strict")
    assert_reported(result, "empty.txt: the file is empty")
    assert texts == [] and not (folder / "q.db").exists()


def test_only_bad_inputs_create_no_database(add, folder):
    result, _ = add("missing.txt", "also-missing.md")
    assert_reported(result, "missing.txt: no such file", "also-missing.md: no such file")
    assert not (folder / "q.db").exists()


def test_json_lines_bad_lines_are_named_and_the_others_added(add, folder):
    lines = [json.dumps({"text": GOOD}), '{"text": "unfinished', "", json.dumps({"title": "no text here"}),
             json.dumps(["not", "an", "object"]), "[" * 100_000, json.dumps({"text": GOOD.replace("Monday", "Friday")})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, texts = add("feed.jsonl")
    assert_reported(result, "feed.jsonl:2: malformed JSON", 'feed.jsonl:4: the article has no "text"',
                    "feed.jsonl:5: expected a JSON object", "feed.jsonl:6: malformed JSON")
    assert texts == [GOOD, GOOD.replace("Monday", "Friday")]


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "\u201cThe caf\u00e9\u2019s \u20ac5 coffee stays,\u201d said owner Ren\u00e9e M\u00fcller."),
    ("latin-1", "\u00abLa caf\u00e9 reste ouverte\u00bb, said owner Ren\u00e9e M\u00fcller, \u00bfpor qu\u00e9 no?"),
    ("utf-16-le", "\ufeff\u201cThe caf\u00e9 will reopen in June,\u201d said owner Marta Ruiz."),
    ("utf-16-be", "\ufeff\u201cThe caf\u00e9 will reopen in June,\u201d said owner Marta Ruiz."),
    ("utf-8-sig", "\u201cThe caf\u00e9 will reopen in June,\u201d said owner Marta Ruiz."),
])
def test_legacy_encodings_decode_to_the_same_text(encoding, text):
    assert decode(text.encode(encoding), "f") == text.removeprefix("\ufeff")


def test_utf16_with_a_byte_order_mark_is_added(add, folder):
    (folder / "wide.txt").write_bytes(GOOD.encode("utf-16"))
    result, texts = add("wide.txt")
    assert result.exit_code == 0 and texts == [GOOD]


def test_a_nul_escaped_in_json_is_dropped_from_the_text(add, folder):
    (folder / "nul.jsonl").write_text(json.dumps({"text": GOOD[:20] + "\u0000" + GOOD[20:]}) + "\n")
    result, texts = add("nul.jsonl")
    assert result.exit_code == 0 and texts == [GOOD]


def test_a_50_mb_single_line_file_is_refused_before_it_is_read(add, folder):
    with open(folder / "huge.txt", "wb") as out:
        out.truncate(50_000_000)  # sparse: the size is checked before anything is read
    result, texts = add("good.txt", "huge.txt")
    assert_reported(result, f"huge.txt: 50.0 MB, more than the {MAX_FILE_BYTES // 1_000_000} MB an article file may hold")
    assert texts == [GOOD]


def test_an_article_over_the_length_limit_is_refused_from_json_lines_and_stdin(add, folder):
    huge = "word " * (MAX_ARTICLE_CHARS // 5 + 1)
    (folder / "feed.jsonl").write_text(json.dumps({"text": huge}) + "\n" + json.dumps({"text": GOOD}) + "\n")
    result, texts = add("feed.jsonl")
    assert_reported(result, f"feed.jsonl:1: the article has {len(huge):,} characters, more than the limit")
    assert texts == [GOOD]
    result, _ = add("-", input=huge)
    assert_reported(result, "<stdin>: the article has")


def test_broken_html_markup_still_gives_the_article(add, folder):
    (folder / "broken.html").write_text(
        "<html><body><div><article><h1>Harbour reopens<p>\u201cThe harbour will reopen on Monday morning,\u201d "
        "said harbour master Ada Lind <b>on Friday<i> in Nordvik.<p>Crews had waited <a href='x'>three weeks "
        "for the repairs to the pier to end</div></span></body>", encoding="utf-8")
    result, texts = add("broken.html")
    assert result.exit_code == 0, result.output
    assert "The harbour will reopen on Monday morning" in texts[0]


@pytest.mark.parametrize("name, text", [
    ("unbalanced", "The minister spoke. " + "\u201c" * 4000 + " and " + "\u201d" * 3000 + '"' * 3000 + "."),
    ("unclosed", f"Ada Lind said: \u201c{LONG_ARTICLE}\n\n{LONG_ARTICLE}"),
    ("nested", "\u201cOne \u2018two \u201cthree \u2018four " * 200 + "end\u2019\u201d\u2019\u201d" * 200 + " said Lind."),
])
def test_pathological_quotation_marks_are_stored_without_error(add, folder, name, text):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result, texts = add(f"{name}.txt")
    assert result.exit_code == 0, result.output
    assert len(texts) == 1
    rows = sqlite3.connect("q.db").execute("SELECT start, \"end\", text, unterminated FROM appearances").fetchall()
    assert all(texts[0][start:end] == quote for start, end, quote, _ in rows)
    if name == "unclosed":  # closed at its paragraph's end, not run on into the next
        assert [(len(quote), unterminated) for _, _, quote, unterminated in rows][0] == (len(LONG_ARTICLE), 1)


@pytest.mark.parametrize("last", ["Observer", "reporter", "Herald-Observer"])
def test_an_article_ending_in_a_word_for_a_person_is_stored(add, folder, last):
    """A caption's credit that ends the file with no full stop or line end after it ("Photo: Ada Lind / Nordvik
    Observer"): the last word is read without looking past it."""
    (folder / "credit.txt").write_text(
        f"Harbour reopens\n\n\u201cThe harbour will reopen on Monday,\u201d said harbour master Ada Lind.\n\n"
        f"Boats wait at the pier. Photo: Per Dahl / Nordvik {last}", encoding="utf-8")
    result, texts = add("credit.txt")
    assert result.exit_code == 0, result.output
    assert texts[0].endswith(last)
    speakers = sqlite3.connect("q.db").execute("SELECT speaker_name FROM appearances").fetchall()
    assert speakers == [("Ada Lind",)]


def test_long_runs_of_marks_are_stored_as_written():
    """The extractor spaces such runs for the tokenizer itself (offsets kept), so cleaning leaves them be."""
    text = "He said " + "\u201c" * 10_000 + " no."
    assert clean(text) == text


def test_metadata_paths_are_never_opened_and_urls_never_fetched(add, folder):
    secret = folder / "secret.txt"
    secret.write_text("TOP SECRET CONTENT")
    article = {"text": GOOD, "url": f"file://{secret}", "path": str(secret), "file": str(secret),
               "image": str(secret), "author": str(secret)}
    (folder / "feed.jsonl").write_text(json.dumps(article) + "\n")
    result, _ = add("feed.jsonl")
    assert result.exit_code == 0
    dump = "\n".join(sqlite3.connect("q.db").iterdump())
    assert "TOP SECRET" not in dump
    assert sqlite3.connect("q.db").execute("SELECT url, author FROM articles").fetchone() == (None, str(secret))


def test_unreadable_files_and_folders_are_reported_and_the_rest_added(add, shared_folder):
    articles = shared_folder / "articles"
    (articles / "locked").mkdir(parents=True)
    (articles / "good.txt").write_text(GOOD)
    (articles / "secret.txt").write_text(GOOD.replace("Monday", "Sunday"))
    (articles / "locked" / "inside.txt").write_text(GOOD.replace("Monday", "Tuesday"))
    (articles / "secret.txt").chmod(0o000)
    (articles / "locked").chmod(0o000)
    with unprivileged():
        result, texts = add("articles", "articles/locked/inside.txt")
    assert_reported(result, "articles/locked: cannot read the folder (Permission denied)",
                    "articles/secret.txt: cannot read (Permission denied)",
                    "articles/locked/inside.txt: cannot read (Permission denied)")
    assert texts == [GOOD]
