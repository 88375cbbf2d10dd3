"""The quotation-mark scanner, one phenomenon per test (sentences written for these tests)."""
from quotes.extract.marks import scan


def quoted(text):
    return [text[s.start:s.end] for s in scan(text)]


def test_curly_double_quotes():
    assert quoted("\u201cThe bridge opens in May,\u201d the mayor said.") == ["The bridge opens in May,"]


def test_straight_double_quotes_pair_by_context():
    text = 'She said "no" and then "maybe later."'
    assert quoted(text) == ["no", "maybe later."]


def test_single_marks_as_primary_quotes():
    text = "The headline read \u2018Council backs the plan\u2019 on Monday."
    assert quoted(text) == ["Council backs the plan"]


def test_apostrophes_never_open_or_close():
    text = ("Don\u2019t ask about Hegseth\u2019s plans, she said of the \u201990s and rock \u2019n\u2019 roll, "
            "or the voters\u2019 mood.")
    assert quoted(text) == []


def test_inch_marks_are_not_quotes():
    assert quoted('The guard is 6\'2" tall and carries a 12" torch.') == []


def test_nested_quote_stays_inside_outer():
    text = "\u201cHe told me \u2018wait here\u2019 and left,\u201d Ms Ortega said."
    assert quoted(text) == ["He told me \u2018wait here\u2019 and left,"]


def test_nyt_style_double_apostrophes():
    text = "''We are ready,'' Mr. Lund said. ``Truly,'' he added."
    assert quoted(text) == ["We are ready,", "Truly,"]


def test_guillemets():
    assert quoted("\u00abNous restons\u00bb, a-t-il dit.") == ["Nous restons"]


def test_quote_continued_over_paragraphs():
    text = ("\u201cThe first part of the speech ends here.\n"
            "\u201cThe second part ends the quotation,\u201d she said.\nNext story.")
    spans = scan(text)
    assert len(spans) == 1
    span = spans[0]
    assert span.multi_paragraph and not span.unterminated
    assert text[span.start:span.end].startswith("The first part")
    assert text[span.start:span.end].endswith("the quotation,")
    assert len(span.segments) == 2


def test_unclosed_quote_stops_at_paragraph_end():
    text = "He said \u201cthis never closes\nThe next paragraph is ordinary text with \u201ca quote\u201d in it."
    spans = scan(text)
    assert [text[s.start:s.end] for s in spans] == ["this never closes", "a quote"]
    assert spans[0].unterminated and not spans[1].unterminated


def test_quote_open_at_end_of_text_is_kept_and_flagged():
    text = "The statement said \u201cthe talks will continue until"
    [span] = scan(text)
    assert span.unterminated
    assert text[span.start:span.end] == "the talks will continue until"


def test_marks_inside_markup_tags_are_ignored():
    text = '<a href="https://example.org">link</a> and "a real quote"'
    assert quoted(text) == ["a real quote"]


def test_many_unbalanced_marks_stay_within_paragraphs():
    text = "\n".join(["\u201c unbalanced"] * 2000)
    spans = scan(text)
    assert all("\n" not in text[s.start:s.end] for s in spans)


def test_same_style_nested_quote_when_both_close():
    text = "She wrote, \u201cEven when \u201cour side\u201d errs, we must say so.\u201d Then she left."
    assert quoted(text) == ["Even when \u201cour side\u201d errs, we must say so."]


def test_closing_mark_opening_a_paragraph_opens():
    text = "Intro.\n\n\u201d \u2026 he delivered the speech with polish,\u201d the columnist wrote."
    assert quoted(text) == [" \u2026 he delivered the speech with polish,"]


def test_reopened_paragraph_closed_at_once_ends_with_the_last_words():
    text = '"\'\n""'
    for s in scan(text):
        assert s.segments[-1][1] == s.end


def test_plural_possessive_inside_single_marks_is_an_apostrophe():
    text = "\u2018The volunteers\u2019 boats got 40 people out before dawn,\u2019 he said."
    assert quoted(text) == ["The volunteers\u2019 boats got 40 people out before dawn,"]
    straight = "'The growers' kids don't want to pick by hand,' he says."
    assert quoted(straight) == ["The growers' kids don't want to pick by hand,"]


def test_single_mark_after_plural_closes_when_no_spare_closing_mark_follows():
    text = "She called them \u2018a bunch of thieves\u2019 and said the deal was \u2018dead\u2019."
    assert quoted(text) == ["a bunch of thieves", "dead"]


def test_afrikaans_elided_article_is_no_quotation_mark():
    text = "He said in Afrikaans: \u2018Dis \u2019n skande.\u2019 (\u2018It\u2019s a disgrace.\u2019)"
    assert quoted(text) == ["Dis \u2019n skande.", "It\u2019s a disgrace."]


def test_quotations_after_a_stray_opening_single_mark_survive():
    # the mark before "burbs" opens nothing that closes: the quotations after it are still outermost
    text = "Out in the \u2018burbs, voters were \u2018tired\u2019 of it, she said, and \u2018fed up\u2019."
    assert quoted(text) == ["tired", "fed up"]


def test_single_mark_quotation_reopened_at_each_paragraph():
    text = ("\u2018I\u2019ve lived here since 1979.\n"
            "\u2018My grandchildren can\u2019t come to stay,\u2019 she said.\nNext story.")
    [span] = scan(text)
    assert span.multi_paragraph and not span.unterminated
    assert text[span.start:span.end] == ("I\u2019ve lived here since 1979.\n"
                                         "\u2018My grandchildren can\u2019t come to stay,")
    assert [text[a:b] for a, b in span.segments] == ["I\u2019ve lived here since 1979.",
                                                     "My grandchildren can\u2019t come to stay,"]


def test_stray_single_mark_mid_paragraph_does_not_run_into_the_next_paragraph():
    text = "Fans of the \u2018burbs team were there.\n\u2018We won,\u2019 he said."
    assert quoted(text) == ["We won,"]


def test_quoted_transcript_with_one_letter_labels_splits_into_turns():
    text = ("The transcript reads:\n\u201cQ: Did you sign the order?\n\u201cA: I did not. My deputy signed it.\n"
            "\u201cQ: When?\n\u201cA: On the Friday.\u201d\nThe inquiry resumes today.")
    spans = scan(text)
    assert [text[s.start:s.end] for s in spans] == ["Did you sign the order?", "I did not. My deputy signed it.",
                                                    "When?", "On the Friday."]
    assert [text[slice(*s.label)] for s in spans] == ["Q:", "A:", "Q:", "A:"]


def test_plural_possessive_in_a_later_quotation_does_not_reopen_an_earlier_one():
    text = "He called the plans \u2018a mess\u2019 and \u2018a waste of taxpayers\u2019 money\u2019."
    assert quoted(text) == ["a mess", "a waste of taxpayers\u2019 money"]


def test_reversed_guillemets_and_low_marks_close_with_the_mark_that_opens_in_english():
    assert quoted("\u00bbWir bleiben\u00ab, sagte er.") == ["Wir bleiben"]
    assert quoted("\u201eWir bleiben\u201c, sagte er.") == ["Wir bleiben"]


def test_misprinted_opening_mark_after_a_word_closes():
    text = "She called the plan \u201creckless\u201c and walked out. \u201cWe will vote no,\u201d she said."
    assert quoted(text) == ["reckless", "We will vote no,"]


def test_nyt_closing_pair_after_a_space_closes():
    text = "''There was a backlash against 'Primates of Park Avenue,' '' Ms. Ferro noted."
    assert quoted(text) == ["There was a backlash against 'Primates of Park Avenue,'"]


def test_straight_mark_after_a_plain_number_closes_but_never_opens():
    text = 'He had accepted "about $200,000" from the banks, and bought a 12" screen.'
    assert quoted(text) == ["about $200,000"]
