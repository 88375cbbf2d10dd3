"""The storage commands as a user runs them: real files, a real database, the click test runner."""
import csv
import io
import json
import sqlite3

import pytest


def counts(db) -> dict:
    conn = sqlite3.connect(db)
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "quotes", "appearances", "speakers")}


def test_add_a_folder_links_quotes_and_speakers_across_articles(run, fishing):
    result = run("add", fishing["folder"], "--db", fishing["db"])
    assert result.exit_code == 0, result.output
    assert "2 articles added, 0 updated, 0 skipped" in result.stdout
    assert counts(fishing["db"]) == {"articles": 2, "quotes": 4, "appearances": 6, "speakers": 3}
    people = json.loads(run("speakers", "--db", fishing["db"], "--json").stdout)
    assert {s["name"]: s["article_count"] for s in people} == {
        "Anika Solheim": 2, "Canadian Ministry of Fisheries": 2, "Piet Kramer": 2}
    said = json.loads(run("who-said", "fish our way out of collapse", "--db", fishing["db"], "--json").stdout)
    assert said[0]["speaker"] == "Anika Solheim"
    assert [a["outlet"] for a in said[0]["appearances"]] == ["The Harbour Gazette", "Coastal Times"]
    assert said[0]["first_seen"] == "2025-04-01"
    conn = sqlite3.connect(fishing["db"])
    assert conn.execute("SELECT variant_diff FROM quotes WHERE variant_of IS NOT NULL").fetchone()[0] == \
        "This decision will empty our harbours within [-a single-] {+one+} season."
    texts = " ".join(r[0] for r in conn.execute("SELECT text FROM articles"))
    assert "Photo: Reuters" not in texts and "newsletter" not in texts and "RIVER WATCH" not in texts
    assert not texts.startswith("HALIFAX")


def test_adding_again_changes_no_counts(run, fishing):
    run("add", fishing["txt"], fishing["md"], "--db", fishing["db"])
    before = counts(fishing["db"])
    result = run("add", fishing["folder"], "--db", fishing["db"])
    assert "0 articles added, 0 updated, 2 skipped" in result.stdout
    assert counts(fishing["db"]) == before


def test_stdin_with_metadata_options_and_env_database(run, tmp_path):
    db = tmp_path / "env.db"
    text = "\u201cThe ferry will run again from Friday morning,\u201d harbour master Ola Berg said on Monday."
    result = run("add", "-", "--title", "Ferry returns", "--outlet", "Fjord Post", "--published", "7 May 2025",
                 "--url", "https://fjord.example/ferry", "--author", "K. Lie", input=text, env={"QUOTES_DB": str(db)})
    assert result.exit_code == 0, result.output
    row = sqlite3.connect(db).execute("SELECT title, outlet, published, url, author, language FROM articles").fetchone()
    assert row == ("Ferry returns", "Fjord Post", "2025-05-07", "https://fjord.example/ferry", "K. Lie", None)


def test_stdin_json_lines_are_recognised(run, tmp_path):
    lines = [json.dumps({"text": f"\u201cThe pier {n} is open to the public again,\u201d said Ola Berg.",
                         "title": f"Pier {n}", "publisher": "Fjord Post"}) for n in (1, 2)]
    result = run("add", "-", "--db", tmp_path / "q.db", input="\n".join(lines))
    assert "2 articles added" in result.stdout
    rows = sqlite3.connect(tmp_path / "q.db").execute("SELECT title, outlet FROM articles ORDER BY id").fetchall()
    assert rows == [("Pier 1", "Fjord Post"), ("Pier 2", "Fjord Post")]


def test_html_page_metadata_comes_from_the_page(run, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Ferry returns</title><meta property="og:site_name" content="Fjord Post">'
        '<meta property="article:published_time" content="2025-05-07"></head><body><article><h1>Ferry returns</h1>'
        '<p>\u201cThe ferry will run again from Friday morning and every day after that,\u201d harbour master '
        'Ola Berg said on Monday.</p><p>Crews had been idle for three weeks while the pier was repaired.</p>'
        '</article></body></html>', encoding="utf-8")
    assert run("add", page, "--db", tmp_path / "q.db").exit_code == 0
    conn = sqlite3.connect(tmp_path / "q.db")
    assert conn.execute("SELECT title, outlet, published FROM articles").fetchone() == (
        "Ferry returns", "Fjord Post", "2025-05-07")
    assert conn.execute("SELECT speaker FROM quote_appearances").fetchone()[0] == "Ola Berg"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_legacy_encodings_are_read_correctly(run, tmp_path, encoding):
    path = tmp_path / "old.txt"
    path.write_bytes("\u201cThe caf\u00e9 will reopen in June,\u201d said owner Marta Ruiz.".encode(encoding))
    assert run("add", path, "--db", tmp_path / "q.db").exit_code == 0
    text = sqlite3.connect(tmp_path / "q.db").execute("SELECT text FROM articles").fetchone()[0]
    assert text == "\u201cThe caf\u00e9 will reopen in June,\u201d said owner Marta Ruiz."


def test_search_show_and_export(run, fishing):
    run("add", fishing["folder"], "--db", fishing["db"])
    found = json.loads(run("search", "cod", "stock", "--db", fishing["db"], "--json").stdout)
    assert {r["outlet"] for r in found} == {"The Harbour Gazette", "Coastal Times"}
    assert {r["speaker"] for r in found} == {"Canadian Ministry of Fisheries"}
    only = json.loads(run("search", "cod", "--outlet", "coastal", "--since", "2025-04-02", "--db", fishing["db"],
                          "--json").stdout)
    assert [r["speaker_mention"] for r in only] == ["the Canadian Ministry of Fisheries"]
    table = run("search", "harbours", "--db", fishing["db"]).stdout
    assert table.splitlines()[0].split() == ["id", "date", "outlet", "speaker", "text"]
    shown = run("show", found[0]["quote_id"], "--db", fishing["db"]).stdout
    assert "Ottawa's fisheries ministry" in shown and "the Canadian Ministry of Fisheries" in shown
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", fishing["db"]).stdout)))
    assert len(rows) == 6 and {"quote", "speaker", "outlet", "published"} <= set(rows[0])
    assert len(json.loads(run("export", "--format", "json", "--db", fishing["db"]).stdout)) == 6
    assert len(run("export", "--format", "jsonl", "--db", fishing["db"]).stdout.splitlines()) == 6


def test_corrections_from_the_command_line_survive_reprocess(run, fishing):
    run("add", fishing["folder"], "--db", fishing["db"])
    assert run("speakers", "rename", "Piet Kramer", "Pieter Kramer", "--role", "League chair",
               "--db", fishing["db"]).exit_code == 0
    assert run("speakers", "merge", "Anika Solheim", "Canadian Ministry of Fisheries",
               "--db", fishing["db"]).exit_code == 0
    before = json.loads(run("speakers", "--db", fishing["db"], "--json").stdout)
    result = run("reprocess", "--db", fishing["db"])
    assert result.exit_code == 0 and "2 articles reprocessed" in result.stdout
    after = json.loads(run("speakers", "--db", fishing["db"], "--json").stdout)
    assert after == before
    # the merged minister's role ("Fisheries Minister Anika Solheim") fills the ministry's empty one
    assert {s["name"]: s["role"] for s in after} == {"Canadian Ministry of Fisheries": "Fisheries Minister",
                                                     "Pieter Kramer": "League chair"}


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "bad.jsonl").write_text('{"text": "\u201cFine words here,\u201d said Ada Lind."}\n{"text": \n')
    (tmp_path / "notdb.db").write_text("this is a text file, not a database " * 40)
    good = tmp_path / "good.txt"
    good.write_text("\u201cThe harbour will reopen on Monday,\u201d said Ada Lind.")
    return good


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "missing.txt: no such file"),
    (["empty.txt"], "empty.txt: the file is empty"),
    (["binary.txt"], "binary.txt: binary data, not text"),
    (["bad.jsonl", "--strict"], "bad.jsonl:2: malformed JSON"),
    (["good.txt", "--db", "notdb.db"], "notdb.db: not a quotes database"),
    (["good.txt", "empty.txt", "--strict"], "empty.txt: the file is empty"),
    (["good.txt", "good.txt", "--title", "T"], "--title and --url describe one article"),
    (["good.txt", "--published", "someday"], "--published 'someday': not a date"),
])
def test_bad_input_is_one_line_on_stderr_and_nothing_stored(run, tmp_path, monkeypatch, args, message):
    """With --strict (or with nothing good to add) a bad input stops the command before anything is stored;
    without it, the other inputs are still added (tests/test_reliability_inputs.py)."""
    monkeypatch.chdir(tmp_path)
    _bad_inputs(tmp_path)
    result = run("add", *args, *([] if "--db" in args else ["--db", "q.db"]))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {result.stderr.strip().removeprefix('Error: ')}"]
    assert message in result.stderr and "Traceback" not in result.output
    if (tmp_path / "q.db").exists():
        assert counts(tmp_path / "q.db")["articles"] == 0


def test_queries_on_a_missing_database_say_so(run, tmp_path):
    result = run("speakers", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "no such database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_the_package_gives_its_extraction_functions_on_first_use():
    import quotes

    assert quotes.extract_quotes.__module__ == "quotes.extract.core"


def test_reprocess_with_no_upgrade_changes_no_row_and_keeps_every_id(run, tmp_path):
    from conftest import SAMPLES

    db = tmp_path / "q.db"
    run("add", SAMPLES, "--db", db)

    def rows() -> list[str]:  # every row of every table, the full-text index's own tables too
        return list(sqlite3.connect(db).iterdump())

    before = rows()
    assert any(line.startswith('INSERT INTO "appearances"') for line in before)
    assert run("reprocess", "--db", db).exit_code == 0
    assert rows() == before


def test_show_of_an_absorbed_quote_shows_the_survivor_and_says_so(run, tmp_path):
    for n, who in enumerate(("Rafael Ortega", "Ilse Marquardt")):
        (tmp_path / f"{n}.txt").write_text(f"\u201cWe will not pay for this crisis with our pensions,\u201d said {who} on Monday.")
    db = tmp_path / "q.db"
    assert run("add", tmp_path / "0.txt", tmp_path / "1.txt", "--db", db, "--workers", "1").exit_code == 0
    ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM quotes ORDER BY id")]
    assert len(ids) == 2
    assert run("speakers", "merge", "Ilse Marquardt", "Rafael Ortega", "--db", db).exit_code == 0
    shown = run("show", ids[1], "--db", db)
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0] == f"Quote #{ids[1]} is now quote #{ids[0]} (merged)."
    assert "2 appearances in 2 articles" in shown.stdout


def test_correct_an_appearance_from_the_command_line(run, fishing):
    from test_store_browse import assert_in_step

    db = fishing["db"]
    run("add", fishing["folder"], "--db", db)
    conn = sqlite3.connect(db)
    cod = conn.execute("SELECT id FROM appearances WHERE text LIKE 'The cod stocks%' ORDER BY id").fetchone()[0]
    result = run("correct", cod, "--speaker", "Piet Kramer", "--note", "read the statement again", "--db", db)
    assert result.exit_code == 0, result.output
    assert "is now said by Piet Kramer" in result.stdout
    quote_id = conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (cod,)).fetchone()[0]
    shown = run("show", quote_id, "--db", db).stdout
    assert "corrected by hand (speaker" in shown and "read the statement again" in shown
    assert run("reprocess", "--db", db).exit_code == 0
    assert_in_step(db)
    assert conn.execute("SELECT s.name FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                        "JOIN speakers s ON s.id = q.speaker_id WHERE a.id = ?", (cod,)).fetchone()[0] == "Piet Kramer"
    shared = run("corrections", "export", "--db", db).stdout
    assert json.loads(shared)["speaker"] == "Piet Kramer"
    (fishing["db"].parent / "c.jsonl").write_text(shared)
    other = fishing["db"].parent / "other.db"
    run("add", fishing["folder"], "--db", other)
    imported = run("corrections", "import", fishing["db"].parent / "c.jsonl", "--db", other)
    assert "1 corrections applied, 0 already here, 0 not found" in imported.stdout
    for args, message in [(["--confirm", "--not-a-quote"], "give one of --speaker NAME, --not-a-quote or --confirm"),
                          (["--speaker", "  "], "the speaker's name is empty"), ([], "give one of")]:
        failed = run("correct", cod, *args, "--db", db)
        assert failed.exit_code == 1 and message in failed.stderr and "Traceback" not in failed.output


@pytest.mark.parametrize("args, message", [
    (["speakers", "split", "Anika Solheim", "Ms Solheim", "--name", "Piet Kramer"],
     "'Piet Kramer': that is already the name of speaker"),
    (["speakers", "split", "Anika Solheim", "Ms Solheim", "--name", "   "], "--name: the name is empty"),
    (["show", str(2**63)], f"no quote with id {2**63}"),
    (["reprocess", "--article", str(2**63)], f"no article with id {2**63}"),
    (["speakers", "merge", str(2**63), "Piet Kramer"], f"no speaker with id {2**63}"),
    (["speakers", "rename", str(2**64), "Someone"], f"no speaker with id {2**64}"),
    (["correct", str(2**63), "--confirm"], f"no appearance with id {2**63}"),
])
def test_speaker_corrections_and_huge_ids_are_one_line_errors(run, fishing, args, message):
    db = fishing["db"]
    run("add", fishing["folder"], "--db", db)
    before = counts(db)
    result = run(*args, "--db", db)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [f"Error: {result.stderr.strip().removeprefix('Error: ')}"]
    assert message in result.stderr and "Traceback" not in result.output
    assert counts(db) == before


def test_who_said_forgives_inflections_and_shows_the_closest_when_nothing_matches(run, fishing):
    db = fishing["db"]
    run("add", fishing["folder"], "--db", db)
    found = json.loads(run("who-said", "fishing", "collapses", "--db", db, "--json").stdout)
    assert found[0]["speaker"] == "Anika Solheim" and not found[0]["closest"]
    closest = run("who-said", "the ocean collapse was terrible", "--db", db).stdout
    assert closest.startswith("Nobody in the database said that. The closest quotations:")
    assert "Anika Solheim" in closest
    assert run("who-said", "zebra pancakes", "--db", db).stdout == "Nobody in the database said that.\n"


def test_the_same_article_id_again_with_other_text_is_a_revision(run, tmp_path):
    db = tmp_path / "q.db"
    first = {"id": "wire-881", "title": "Harbour", "text": "\u201cThe harbour stays closed all week long,\u201d said Ada Lind."}
    later = {**first, "text": "\u201cThe harbour stays closed until Friday,\u201d said Ada Lind, the harbour master."}
    other = {**later, "id": "wire-882"}
    for n, article in enumerate((first, later, other)):
        (tmp_path / f"{n}.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    run("add", tmp_path / "0.jsonl", "--db", db)
    assert run("add", tmp_path / "1.jsonl", "--db", db, "--json").exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), max(key) FROM articles").fetchone() == (1, "wire-881")
    (earlier,) = conn.execute("SELECT text FROM article_revisions").fetchall()
    assert "all week long" in earlier[0]
    run("add", tmp_path / "2.jsonl", "--db", db)  # another id, the same text: still one article
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
