"""Parsing what attribution needs, every paragraph or only the quoted ones: same text, same offsets, same quotations here."""
import pytest

from quotes.errors import QuotesError
from quotes.extract import extract_many, parsing

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


@pytest.mark.parametrize("how", parsing.MODES)
def test_a_long_text_is_read_in_bounded_pieces_with_the_same_quotations(nlp, monkeypatch, how):
    monkeypatch.setenv("QUOTES_PARSE", how)
    article = ARTICLE * 6  # each copy names its speaker before quoting her
    whole = list(extract_many([article], nlp=nlp))[0]
    read, real_pipe = [], nlp.pipe

    def recording_pipe(texts, **options):
        texts = list(texts)
        read.extend(texts)
        return real_pipe(texts, **options)

    monkeypatch.setattr(parsing, "MAX_PIECE_CHARS", len(ARTICLE) + 10)
    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    [(doc, _)] = list(parsing.parse(nlp, [(article, None)], batch_size=4, how=how))
    assert doc.text == article
    assert read and max(map(len, read)) <= len(ARTICLE) + 10
    cut = list(extract_many([article], nlp=nlp))[0]
    assert [(q.start, q.end, q.speaker, q.speaker_name) for q in cut] == [(q.start, q.end, q.speaker, q.speaker_name) for q in whole]
    assert len(whole) == 6


def test_a_line_longer_than_the_bound_stays_whole(monkeypatch):
    monkeypatch.setattr(parsing, "MAX_PIECE_CHARS", 10)
    pieces = parsing._bounded([("short\n" + "x" * 30 + "\nend", True), ("y" * 30, False)])
    assert pieces == [("short\n", True), ("x" * 30 + "\n", True), ("end", True), ("y" * 30, False)]


def test_batches_hold_at_most_so_many_texts_and_characters(monkeypatch):
    monkeypatch.setattr(parsing, "MAX_BATCH_CHARS", 10)
    texts = ["abcd", "efgh", "ij", "k", "l" * 12, "m", "n", "o"]
    groups = list(parsing._batches(texts, 2))
    assert [t for g in groups for t in g] == texts
    assert groups == [["abcd", "efgh"], ["ij", "k"], ["l" * 12], ["m", "n"], ["o"]]


def test_numpy_products_give_the_stock_model_annotations_on_one_blas_thread(nlp):
    import json

    import spacy
    from conftest import SAMPLES
    from threadpoolctl import threadpool_info

    from quotes.extract import model as nlp_module

    texts = [json.loads(line)["text"] for p in sorted(SAMPLES.glob("*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    stock = spacy.load(nlp_module.model_name())
    assert all(getattr(node.ops, "use_blis", True) is False for _, pipe in nlp.pipeline
               if hasattr(pipe, "model") for node in pipe.model.walk())
    columns = ["TAG", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    with nlp_module.one_blas_thread():
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} <= {1}
        ours = [doc.to_array(columns).tolist() for doc in nlp.pipe(texts)]
    assert ours == [doc.to_array(columns).tolist() for doc in stock.pipe(texts)]


def test_newlines_after_an_article_do_not_change_how_the_model_reads_it(nlp):
    """The model once read a trailing blank line with the last words and attached "not" elsewhere
    (an example hypothesis found)."""
    article = "<b>we will not pay\"\"5'11\"\"\u203a\u2018saidrock 'n' roll"
    (plain, _), (padded, _) = parsing.parse(nlp, [(article, None), (article + "\n\n", None)], batch_size=4, how="needed")
    assert padded.text == article + "\n\n"
    read = [[(t.text, t.pos_, t.dep_, t.head.i) for t in doc[:len(plain)]] for doc in (plain, padded)]
    assert read[0] == read[1]
