"""A company's name keeps the legal form the article writes ("Midstate Packaging Corp.", "Spinifex Minerals Ltd"); its
short name later, its spokesperson and "it" are that company by its whole name; a "Ltd." that ends a sentence leaves
its full stop to the sentence; and across articles the name with and without the form is one speaker. On articles
written for the test."""
from __future__ import annotations

import pytest
from test_store_linking import add, speaker_names

from quotes.store import identity
from quotes.store.db import connect

Q, E = "\u201c", "\u201d"


def test_the_short_name_after_the_whole_one_is_the_company_by_its_whole_name(speakers):
    text = ("Plant to close\n\nMidstate Packaging Corp. will close its Dayton plant in May.\n\n"
            f"{Q}We regret the decision,{E} Midstate Packaging said in a statement. {Q}It was not taken lightly,{E} the "
            "company said.\n")
    assert speakers(text, kinds=True) == [("Midstate Packaging Corp.", "organization")] * 2


def test_a_spokesperson_of_the_short_name_speaks_for_the_company_by_its_whole_name(speakers):
    text = ("Homes sold\n\nGreenfield Homes Limited said on Friday that all 40 houses had sold.\n\n"
            f"A Greenfield Homes spokesperson said {Q}no buyer lost a deposit{E}.\n")
    assert speakers(text) == ["Greenfield Homes Limited spokesperson"]


def test_a_ltd_ending_a_sentence_leaves_its_full_stop_to_the_sentence(speakers):
    text = ("Fish farm death\n\nCallum Munro died after falling from a barge at the farm run by Atlantic Salmon West Ltd.\n\n"
            "Gillian Rennie, who led the evidence for the Crown, said it was a sad case.\n\n"
            "In a statement, Atlantic Salmon West said it accepted the findings in full.\n\n"
            f"{Q}The loss of Callum was devastating for everyone,{E} it said.\n")
    assert speakers(text, kinds=True) == [("Atlantic Salmon West Ltd", "organization")]


def test_a_ltd_inside_a_sentence_keeps_its_full_stop(speakers):
    """Guard: North American copy writes "Ltd." inside a sentence, and the stop is the name's."""
    text = f"Results\n\nBluenose Seafoods Ltd. said profit fell. {Q}Prices were weak,{E} the company said.\n"
    assert speakers(text) == ["Bluenose Seafoods Ltd."]


def test_a_headlines_words_run_on_after_a_company_name_make_no_body(speakers):
    """Guard: "Shakti Cables" of a headline's "Shakti Cables Q2 profit jumps" is not the company named below it, and
    the unnamed executive of a rival stays unnamed."""
    text = ("Shakti Cables Q2 profit jumps 38% on orders\n\nShares of Shakti Cables Ltd rose 9 per cent on Thursday.\n\n"
            "A senior executive at a rival cable maker said Shakti had priced aggressively. "
            f"{Q}They are buying market share,{E} the executive said.\n")
    assert speakers(text) == ["executive"]


@pytest.mark.parametrize("name,bare", [
    ("Midstate Packaging Corp.", "Midstate Packaging"),
    ("Spinifex Minerals Ltd", "Spinifex Minerals"),
    ("Boeing Co.", "Boeing"),
    ("Pennock Sons & Co.", None),  # a firm's "& Co." is its name
    ("Heart Foundation SA", None),  # (a place's initials, maybe)
    ("Tamar Valley Lifeboat", None),
])
def test_a_company_name_without_its_suffix(name, bare):
    assert identity.without_company_suffix(name) == bare


@pytest.mark.parametrize("first,second", [("Midstate Packaging", "Midstate Packaging Corp."),
                                          ("Midstate Packaging Corp.", "Midstate Packaging")])
def test_one_company_with_and_without_its_suffix_is_one_speaker_across_articles(tmp_path, first, second):
    conn = connect(str(tmp_path / "q.db"))
    add(conn, [("We will keep the Dayton plant open for now", first, "organization", first)])
    add(conn, [("The Dayton plant will close in May this year", second, "organization", second)])
    add(conn, [("Our Toledo plant is safe for the next five years", second, "organization", second)])
    assert speaker_names(conn) == [first]


def test_a_persons_name_is_not_their_firms(speakers):
    """Guard: "Mark Pascoe said" is the man, though his firm is "Mark Pascoe Ltd"."""
    text = ("Roofer fined\n\nRoofing firm Mark Pascoe Ltd was fined \u00a320,000 after a worker fell.\n\n"
            f"{Q}I am deeply sorry,{E} Mark Pascoe said outside court.\n")
    assert speakers(text, kinds=True) == [("Mark Pascoe", "person")]


def test_a_ltd_before_a_title_keeps_its_full_stop(speakers):
    """Guard: "said Bluenose Seafoods Ltd. President Mary Dunlop" is one sentence."""
    text = f"Season\n\n{Q}We expect a strong season,{E} said Bluenose Seafoods Ltd. President Mary Dunlop.\n"
    assert speakers(text) == ["Mary Dunlop"]


def test_a_one_word_company_with_and_without_its_form_is_one_speaker(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    add(conn, [("Deliveries of the new jet will start in May", "Boeing Co.", "organization", "Boeing Co.")])
    add(conn, [("We expect to build 38 jets a month by June", "Boeing", "organization", "Boeing")])
    assert speaker_names(conn) == ["Boeing Co."]


def test_a_ltd_before_the_next_sentences_article_leaves_its_full_stop(speakers):
    text = (f"Farm\n\nThe farm at Loch Creran is run by Atlantic Salmon West Ltd. The company said: {Q}We take welfare "
            f"seriously.{E}\n")
    assert speakers(text) == ["Atlantic Salmon West Ltd"]
