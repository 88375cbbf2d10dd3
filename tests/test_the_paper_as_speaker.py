"""A reader's "your editorial" or "this newspaper" is the paper that printed the letter, when the article's outlet is
known: given to extract_quotes, taken from a gold file's publisher by `quotes evaluate` and from `--outlet` by
`quotes add`. Without an outlet the words stay as written. On articles written for the test."""
from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

Q, E = "\u201c", "\u201d"
LETTERS = ("Letters: Keep the ferry\n\n"
           f"Your editorial of Monday said the crossing was {Q}a luxury the island can no longer afford{E}. I disagree.\n\n"
           "Mary Holt, Port Vale\n\n"
           f"This newspaper argued last year that the route was {Q}the island's lifeline{E}, as I recall.\n\n"
           "Tom Reyes, Southside\n")


def test_the_outlet_speaks_for_its_editorial(nlp):
    from quotes.extract import extract_quotes

    found = [(q.speaker_name, q.speaker_kind) for q in extract_quotes(LETTERS, nlp=nlp, outlet="The Harbour Echo")]
    assert found == [("The Harbour Echo", "organization")] * 2


def test_without_an_outlet_the_words_stay(nlp):
    from quotes.extract import extract_quotes

    assert [q.speaker_name for q in extract_quotes(LETTERS, nlp=nlp)] == ["Your editorial", "This newspaper"]


def test_evaluate_reads_the_publisher_of_a_gold_article(tmp_path):
    from quotes.cli import main

    start = LETTERS.index("a luxury")
    gold = {"id": "letters-1", "publisher": "The Harbour Echo", "text": LETTERS, "negatives": [],
            "quotes": [{"start": start, "end": start + len("a luxury the island can no longer afford"),
                        "text": "a luxury the island can no longer afford", "speaker_name": "The Harbour Echo"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(main, ["evaluate", str(path), "--predictions", str(predictions)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert record["quotes"][0]["speaker_name"] == "The Harbour Echo"


def test_add_takes_the_outlet_for_the_paper(tmp_path):
    from quotes.cli import main

    story, db = tmp_path / "letters.txt", tmp_path / "quotes.db"
    story.write_text(LETTERS, encoding="utf-8")
    result = CliRunner().invoke(main, ["add", str(story), "--db", str(db), "--outlet", "The Harbour Echo"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("select speaker_name from appearances")]
    assert "The Harbour Echo" in names


def test_reprocess_gives_the_paper_as_add_did(tmp_path):
    from quotes.cli import main

    story, db = tmp_path / "letters.txt", tmp_path / "quotes.db"
    story.write_text(LETTERS, encoding="utf-8")
    assert CliRunner().invoke(main, ["add", str(story), "--db", str(db), "--outlet", "The Harbour Echo"]).exit_code == 0
    result = CliRunner().invoke(main, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("select speaker_name from appearances order by id")]
    assert names == ["The Harbour Echo", "The Harbour Echo"]


def test_extract_takes_the_outlet_as_add_does(tmp_path):
    from quotes.cli import main

    story = tmp_path / "letters.txt"
    story.write_text(LETTERS, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(story), "--outlet", "The Harbour Echo"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [q["speaker_name"] for q in record["quotes"]] == ["The Harbour Echo", "The Harbour Echo"]


def test_an_edited_article_added_again_keeps_its_paper(tmp_path):
    """Re-added without --outlet, an edited letter is read for the paper stored with it, as reprocess reads it."""
    from quotes.cli import main

    first, second, db = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "quotes.db"
    first.write_text(LETTERS, encoding="utf-8")
    second.write_text(LETTERS.replace("I disagree.", "I disagree entirely."), encoding="utf-8")
    url = "https://example.org/letters/ferry"
    assert CliRunner().invoke(main, ["add", str(first), "--db", str(db), "--url", url,
                                     "--outlet", "The Harbour Echo"]).exit_code == 0
    result = CliRunner().invoke(main, ["add", str(second), "--db", str(db), "--url", url])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        names = {row[0] for row in conn.execute("select speaker_name from appearances")}
    assert names == {"The Harbour Echo"}


def test_a_blank_outlet_is_no_name_and_other_words_are_no_paper(nlp):
    from quotes.extract import extract_quotes

    assert [q.speaker_name for q in extract_quotes(LETTERS, nlp=nlp, outlet="  ")] == ["Your editorial", "This newspaper"]
    text = (f"Strike\n\n{Q}We will not back down,{E} this union leader told reporters.\n\n"
            f"{Q}The effect was larger than expected,{E} this paper concludes.\n")
    assert "The Port Times" not in [q.speaker_name for q in extract_quotes(text, nlp=nlp, outlet="The Port Times")]
