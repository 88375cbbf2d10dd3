"""Parsing every paragraph or only the quoted ones: same text, same offsets, same quotations here."""
import pytest

from quotes import parsing
from quotes.errors import QuotesError
from quotes.extract import extract_many

ARTICLE = ("Mayor Dana Whitfield opened the bridge on Monday.\n"
           "The valley had waited ten years.\n"
           "Traffic was light in the morning.\n"
           "Tolls will be reviewed in spring.\n"
           "Shops on the east bank reported more customers.\n"
           "\u201cThe valley finally has its bridge,\u201d she said.\n"
           "The weather stayed dry all day.\n")


def test_pieces_keep_the_text_and_mark_what_to_parse():
    pieces = parsing._pieces(ARTICLE)
    assert "".join(p for p, _ in pieces) == ARTICLE
    parsed = "".join(p for p, wanted in pieces if wanted)
    assert "Mayor Dana Whitfield" in parsed  # leading paragraphs
    assert "Shops on the east bank" in parsed  # the paragraph before a quotation
    assert "The valley finally has its bridge" in parsed
    assert "Tolls will be reviewed" not in parsed and "The weather stayed dry" not in parsed


def test_quoted_mode_doc_has_the_article_text(nlp):
    [(doc, context)] = list(parsing.parse(nlp, [(ARTICLE, "ctx")], batch_size=4, how="quoted"))
    assert doc.text == ARTICLE and context == "ctx"
    tolls = next(t for t in doc if t.text == "Tolls")
    assert tolls.dep_ == ""  # only tokenized
    assert next(t for t in doc if t.text == "opened").dep_ == "ROOT"


def test_both_modes_give_the_same_quotations_here(nlp):
    [every] = list(extract_many([ARTICLE], nlp=nlp, parse="all"))
    [quoted] = list(extract_many([ARTICLE], nlp=nlp, parse="quoted"))
    assert [q.to_dict() for q in every] == [q.to_dict() for q in quoted]
    assert quoted[0].speaker_name == "Dana Whitfield"


def test_mode_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("QUOTES_PARSE", "quoted")
    assert parsing.mode() == "quoted"
    monkeypatch.setenv("QUOTES_PARSE", "fast")
    with pytest.raises(QuotesError, match="QUOTES_PARSE must be one of all, quoted"):
        parsing.mode()
