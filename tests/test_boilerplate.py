"""What is not article prose: credits, teasers, promotions, bylines, datelines (sentences written here)."""
from __future__ import annotations

import json

import pytest

from quotes.boilerplate import is_boilerplate, regions
from quotes.ingest.cleaning import clean

PAGE = ("LAGOS, Nigeria (Wirewatch) - A protester holds a sign outside the court. (Evan Vucci/Associated Press)\n"
        "By Amara Okafor\n"
        "\"We will be back every week until the law changes,\" said Maria Lopez, who organised the march.\n"
        "READ MORE: \u2018I will not resign,\u2019 says embattled mayor\n"
        "Photo: AFP\n"
        "Sign up for our morning newsletter and get the latest news delivered to you.\n")


@pytest.mark.parametrize("line", ["READ MORE: \u2018I will not resign,\u2019 says embattled mayor", "WATCH: the march in full",
                                  "Related Story: \u2018A second mortgage\u2019: Renters count the cost of winter",
                                  "Photo: AFP", "By Amara Okafor", "Sign up for our morning newsletter",
                                  "LAST ORDERS\u2014\u201cHarbour Street caf\u00e9 to close after 40 years,\u201d by the "
                                  "Clarion\u2019s Jo Lee: \u201cThe owners said rents had tripled.\u201d https://clar.io/x1",
                                  "\u2014\"Ferry fares rise again,\" by Tidewater Post's Sam Ngata http://tdw.st/4kq",
                                  "\u2018THE TOWN THAT VOTED TWICE\u2019 \u201cIn Marrow Cove, the count took a week.\u201d "
                                  "[Ellen Varga, Coastal Times]",
                                  "Harbour Gazette | Local News | Mar. 4, 2026", "Home | Sport | Rugby",
                                  "PHOTOS: ‘Sixty stalls, one notice’", "Photos: Inside the new stadium",
                                  "Advertisement - scroll to continue", "Story continues below advertisement",
                                  "\u201cBest fares of the year\u201d: sign up for our travel newsletter"])
def test_lines_that_are_not_prose(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["\"We will be back,\" said Maria Lopez.", "By Friday the river had fallen.",
                                  "Watch the river, she said, and you will know.",
                                  "\u201cIt was a disgrace,\u201d by Mr Lee\u2019s account, said the owner, who posted it at "
                                  "www.harbourcafe.ie.",
                                  "The plan was called \u201cunworkable\u201d by Councillor Ann Doyle on Monday.",
                                  "He wrote \u201cyes | no\u201d on the board and left it there for the council to read.",
                                  "Photo: Hail covers a driveway in Tuttle on Tuesday. \u201cSounded like somebody throwing "
                                  "rocks at the roof,\u201d said homeowner Lisa Barnes.",
                                  "\u201cFamilies should sign up for the scheme before March,\u201d the minister said.",
                                  "\u201cMost of them answered an advertisement for warehouse jobs,\u201d he said.",
                                  "\u201cJust click here and your savings are gone. That is the scam.",
                                  "\u2018Families should sign up for the scheme before March,\u2019 the minister said.",
                                  "\u2018Don\u2019t sign up for anything you haven\u2019t read,\u2019 he warned.",
                                  "Several victims had answered an online advertisement, the inspector said."])
def test_prose_is_prose(line):
    assert not is_boilerplate(line)


def test_regions_cover_the_dateline_the_inline_credit_and_the_lines():
    covered = [PAGE[a:b] for a, b in regions(PAGE)]
    assert covered[0].startswith("LAGOS, Nigeria (Wirewatch) -")
    assert "(Evan Vucci/Associated Press)" in covered
    assert "By Amara Okafor" in covered and "Photo: AFP" in covered
    assert not any("Maria Lopez" in c for c in covered)


def test_reading_removes_them_from_a_stored_article():
    text = clean(PAGE)
    assert text.startswith("A protester holds a sign outside the court.")
    assert "Vucci" not in text and "READ MORE" not in text and "Okafor" not in text and "AFP" not in text
    assert "Maria Lopez" in text


def test_the_extractor_finds_no_quotation_and_no_speaker_in_them(nlp):
    from quotes.extract import extract_quotes

    quotes = extract_quotes(PAGE, nlp=nlp)
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("We will be back every week until the law changes,", "Maria Lopez")]
    credited = "\"We are not going anywhere,\" (Evan Vucci/Associated Press) the organisers said on Friday."
    assert all(q.speaker_name != "Evan Vucci" for q in extract_quotes(credited, nlp=nlp))


def test_extract_reads_an_html_page_exactly_as_add_stores_it(run, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>March</title></head><body><article><h1>March</h1>"
                    + "".join(f"<p>{line}</p>" for line in PAGE.splitlines()) + "</article></body></html>",
                    encoding="utf-8")
    extracted = json.loads(run("extract", page).stdout)["quotes"]
    run("add", page, "--db", tmp_path / "q.db")
    import sqlite3

    stored = sqlite3.connect(tmp_path / "q.db").execute('SELECT start, "end", text FROM appearances').fetchall()
    assert [(q["start"], q["end"], q["text"]) for q in extracted] == stored != []
