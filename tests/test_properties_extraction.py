"""Properties of the mark scanner and of extraction on arbitrary text (hypothesis).

Work is measured by counting the Python lines the `quotes` package executes
(`lines_run`), never by timing; costs hidden inside C code (spaCy, the `regex`
module) are not counted, so benchmarks/fuzz_marks_html.py also watches time per character.
"""
from __future__ import annotations

import pytest
from conftest import lines_run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes.extract import extract_quotes
from quotes.extract.core import MIN_WORDS_UNATTRIBUTED
from quotes.extract.marks import scan

#: Pieces news text is made of, weighted towards what the scanner must tell apart.
PIECES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", "\u2039", "\u203a", "``", "''",
          "\n", "\n\n", " ", ", ", ". ", ": ", " \u2014 ", "said", " Ada Lind", " she said.", "The minister",
          "don't", "'90s", "rock 'n' roll", "5'11\"", "12\" ", "WALLACE: ", "<b>", "</b>", "<a href='x'>",
          "we will not pay", "It", "1", "\t"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map("".join)


def assert_exact_and_disjoint(text: str, spans) -> None:
    previous_end = 0
    for s in spans:
        assert previous_end <= s.start < s.end <= len(text), (s, previous_end)
        previous_end = s.end


# ---------------------------------------------------------------- scanner
@settings(max_examples=600, deadline=None)
@given(texts)
def test_scanner_spans_lie_inside_the_text_in_order_without_overlap(text):
    spans = scan(text)
    assert_exact_and_disjoint(text, spans)
    for s in spans:
        assert s.open_at < s.start and (s.close_at is None) == s.unterminated
        assert s.segments[0][0] == s.start and s.segments[-1][1] == s.end
        assert all(a < b <= c for (a, b), (c, _) in zip(s.segments, s.segments[1:] + [(s.end, s.end)]))
        assert text[s.start:s.end].strip()


@settings(max_examples=600, deadline=None)
@given(texts, texts)
@example("'\"0\"", "'\"")  # a single mark holding a closed quotation, re-opened by the next paragraph
def test_text_added_after_the_article_keeps_the_quotations_closed_before_it(article, more):
    closed = {(s.start, s.end, s.close_at) for s in scan(article) if s.close_at is not None}
    after = {(s.start, s.end, s.close_at) for s in scan(article + "\n" + more)}
    assert closed <= after


@settings(max_examples=300, deadline=None)
@given(texts.filter(lambda t: len(t) >= 4))
@example('""\u201c````')  # quotations closed inside open marks, kept in case those are apostrophes
def test_scanner_work_grows_linearly_with_the_length(text):
    """Four times the text may cost about four times the work, never sixteen."""
    assert lines_run(scan, text * 32) <= 5 * lines_run(scan, text * 8) + 200


@pytest.mark.parametrize("make", [
    lambda n: " \"a" * n + " a\u2019 " * n,  # unclosed double marks under a pile of closing single marks
    lambda n: "\u2018a " * n + "a\u201d " * n,
    lambda n: "\u201ca" + "\n" * n + "\u201cb",  # a quotation continued over blank lines
    lambda n: "\u201cWALLACE: a\n" * n,  # a transcript that never closes
    lambda n: "\u201ca \u2018b " * n + "c\u2019 d\u201d " * n,  # deeply nested
    lambda n: "\u201c" * n + "x" + "\u201d" * n,
], ids=["piled-singles", "piled-doubles", "blank-lines", "transcript", "nested", "unbalanced-curly"])
def test_scanner_work_on_adversarial_inputs_doubles_when_the_input_doubles(make):
    assert lines_run(scan, make(4000)) <= 2.2 * lines_run(scan, make(2000))


# ---------------------------------------------------------------- extraction
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_every_offset_is_exact(nlp, text):
    found = extract_quotes(text, nlp=nlp)
    assert_exact_and_disjoint(text, found)
    for q in found:
        assert text[q.start:q.end] == q.text
        for mention in (q.speaker, q.cue, q.reported_by_mention, q.context):
            assert mention is None or text[mention.start:mention.end] == mention.text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
@example(article='"<b>"0\'\U0001f1f8\ufcfcI\u00dc"', more='"')
def test_text_added_after_the_article_keeps_its_closed_quotations(nlp, article, more):
    # a quotation shorter than MIN_WORDS_UNATTRIBUTED is kept or not by its confidence, which reads the
    # whole article: the property holds for the ones always reported
    closed = {(q.start, q.end) for q in extract_quotes(article, nlp=nlp)
              if not q.unterminated and len(q.text.split()) >= MIN_WORDS_UNATTRIBUTED}
    after = {(q.start, q.end) for q in extract_quotes(article + "\n\n" + more, nlp=nlp)}
    assert closed <= after


ARTICLE = ("The port authority met on Monday. \u201cWe will reopen the northern terminal by spring,\u201d "
           "said Ada Lind, who chairs it. Crews disagreed.\n\u201cNobody asked us,\u201d a docker said. "
           "Lind added: \u201cThe plan is final.\u201d\n")


@pytest.mark.parametrize("make", [
    lambda n: ARTICLE * n,  # many paragraphs, speakers and unresolved nominals
    lambda n: ARTICLE + "\u201c" * n,  # unbalanced marks
    lambda n: "\u201c" + "The strike goes on and on. " * n,  # a quotation opened and never closed
    lambda n: "\u201cOne \u2018two \u201cthree " * (n // 4) + "end.\u201d\u2019\u201d" * (n // 4),  # deep nesting
], ids=["paragraphs", "unbalanced", "unclosed", "nested"])
def test_extraction_work_grows_linearly_with_the_article(nlp, make):
    """Four times the article may cost at most 4.6 times the work (quadratic growth shows at 5 and more)."""
    small, large = make(25), make(100)
    nlp(small), nlp(large)  # warm caches so that both runs count the same kind of work
    assert lines_run(extract_quotes, large, nlp) <= 4.6 * lines_run(extract_quotes, small, nlp)
