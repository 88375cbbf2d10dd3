"""Parsing what attribution needs, every paragraph or only the quoted ones: same text, same offsets, same quotations here."""
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


def test_needed_pieces_stop_after_the_paragraph_after_the_last_quotation():
    article = ARTICLE + "Repairs to the old ferry begin next week.\nThe ferry will then be sold.\n"
    pieces = parsing._needed_pieces(article)
    assert "".join(p for p, _ in pieces) == article
    assert [w for _, w in pieces] == [True, False]
    parsed, rest = (p for p, _ in pieces)
    assert parsed.endswith("The weather stayed dry all day.") and rest.startswith("\nRepairs")
    assert parsing._needed_pieces("No quotation here.\nNor here.\n") == [("No quotation here.\nNor here.\n", False)]


def test_needed_mode_doc_has_the_article_text(nlp):
    article = ARTICLE + "Repairs to the old ferry begin next week.\n"
    plain = "Mayor Dana Whitfield opened the bridge on Monday.\n"
    [(doc, context), (unquoted, _)] = list(parsing.parse(nlp, [(article, "ctx"), (plain, None)], batch_size=4, how="needed"))
    assert doc.text == article and context == "ctx"
    assert next(t for t in doc if t.text == "Tolls").dep_ != ""  # before the last quotation: parsed
    assert next(t for t in doc if t.text == "Repairs").dep_ == ""  # after the paragraph that follows it: only tokenized
    assert unquoted.text == plain and not unquoted.has_annotation("DEP")


def test_quoted_pieces_keep_the_text_and_mark_what_to_parse():
    pieces = parsing._quoted_pieces(ARTICLE)
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


def test_all_modes_give_the_same_quotations_here(nlp):
    [every] = list(extract_many([ARTICLE], nlp=nlp, parse="all"))
    for how in ("needed", "quoted"):
        [some] = list(extract_many([ARTICLE], nlp=nlp, parse=how))
        assert [q.to_dict() for q in some] == [q.to_dict() for q in every]
    assert every[0].speaker_name == "Dana Whitfield"


def test_mode_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("QUOTES_PARSE", raising=False)
    assert parsing.mode() == "needed"
    monkeypatch.setenv("QUOTES_PARSE", "quoted")
    assert parsing.mode() == "quoted"
    monkeypatch.setenv("QUOTES_PARSE", "fast")
    with pytest.raises(QuotesError, match="QUOTES_PARSE must be one of needed, all, quoted"):
        parsing.mode()
