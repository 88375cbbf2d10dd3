"""Bodies' names with a Gaelic article or a place and "and" before what the tagger found, and transcript labels
in capitals for surnames written with a capital inside ("MACDONALD" for MacDonald): on sentences written for the
test."""
from __future__ import annotations

import pytest

BODIES = [
    ("a place and 'and' opening a utility's name",
     "Storm live\n\nScottish and Southern Electricity Networks said about 4,000 homes on Lewis were without power.\n\n"
     "“Our engineers will work through the night,” it said.",
     "through the night", "Scottish and Southern Electricity Networks"),
    ("a province of two places and 'and' opening a health authority's name",
     "Clinic closes\n\nNewfoundland and Labrador Health Services said the clinic in Gander would close for a month.\n\n"
     "“We recognize the hardship this creates,” it said.",
     "hardship", "Newfoundland and Labrador Health Services"),
    ("'na' inside a Gaelic body's name",
     "Gaelic schools\n\nBòrd na Gàidhlig welcomed the council's plan on Tuesday.\n\n"
     "“This is a landmark moment for the language,” it said.",
     "landmark", "Bòrd na Gàidhlig"),
    ("'nan' inside a Gaelic council's name",
     "Ferry plan\n\nComhairle nan Eilean Siar has written to the minister about the ferries.\n\n"
     "“The islands cannot be an afterthought,” it said.",
     "afterthought", "Comhairle nan Eilean Siar"),
]


@pytest.mark.parametrize("why,text,saying,name", BODIES, ids=[case[0] for case in BODIES])
def test_body_names(speakers, why, text, saying, name):
    assert speakers(text, saying=saying, kinds=True) == [(name, "organization")], why


def test_the_gaelic_article_opening_a_body_s_name_is_kept(speakers):
    text = "Mòd plans\n\nAn Comunn Gàidhealach, which runs the Royal National Mòd, said the festival was “a living link”."
    assert speakers(text, saying="living link") == ["An Comunn Gàidhealach"]


def test_a_label_in_capitals_finds_a_surname_with_a_capital_inside(speakers):
    text = ("Convener on the year ahead\n\nIseabail MacDonald, who crofts at Elgol, took over as convener in April. "
            "She spoke to our reporter, Calum Nicolson.\n\n"
            "NICOLSON: “Why is absenteeism your first priority?”\n\n"
            "MACDONALD: “Because there are young people who want a croft and cannot get one.”\n\n"
            "NICOLSON: “And the backlog?”\n\nMACDONALD: “It is down to 700 cases.”")
    assert speakers(text) == ["Calum Nicolson", "Iseabail MacDonald"] * 2


def test_a_heading_in_capitals_written_in_lower_case_elsewhere_is_no_label(speakers):
    text = ("Flood warning\n\nResidents of Dingwall were told to watch the river closely on Friday.\n\n"
            "WATCH: “The water is coming up fast”\n\n"
            "The Scottish Environment Protection Agency issued a flood warning for the Conon.")
    assert "Watch" not in speakers(text) and "WATCH" not in speakers(text)
