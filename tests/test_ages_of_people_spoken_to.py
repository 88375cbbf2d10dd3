""""The 64-year-old" whose age the article never gave: the one a reporter spoke to in that paragraph ("She spoke to
sheep farmer Angus Telford, who …"), not the reporter; a team named in the sentence is no one of any age (names of
teams are bodies, not people), though a surname that looks plural after "the" ("the Bernie Sanders presidential
campaign") is no team. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the one a reporter spoke to",
     "Flood evacuees fill town hall\n\nOur correspondent Mara Quinlan is at the Bairnsdale evacuation centre.\n\n"
     "She spoke to sheep farmer Angus Telford, who left his farm with two dogs and a box of papers. "
     f"{Q}The water came up faster than anyone said it would,{E} the 64-year-old said.\n",
     "Angus Telford"),
    ("talked with, too",
     "Market traders count the cost\n\nReporter Dan Ferris has been in the square since dawn.\n\n"
     "He talked with stallholder Brigid Nolan, whose awning was torn away overnight. "
     f"{Q}Thirty years I have stood here and never seen wind like it,{E} the 58-year-old said.\n",
     "Brigid Nolan"),
    ("the reporter stays the subject where no one is spoken to",
     "Flood evacuees fill town hall\n\nOur correspondent Mara Quinlan has reached the Bairnsdale evacuation centre.\n\n"
     "She walked past rows of camp beds and a table of sandwiches. "
     f"{Q}The water came up faster than anyone said it would,{E} the 34-year-old said.\n",
     "Mara Quinlan"),
    ("a team beaten in the sentence is no 27-year-old",
     "Baptiste century sinks Strikers\n\nOpener Marlon Baptiste hit a career-best 151 as the Trinidad Red Force beat "
     "the Barbados Pride Strikers by five wickets on Sunday, and the 27-year-old said afterwards the innings was "
     f"{Q}for my mother{E}.\n",
     "Marlon Baptiste"),
    ("a team with its place first, and its last words before a role, is no 25-year-old",
     "Grant century sinks Volcanoes\n\nOpener Shamar Grant made a career-best 138 as the Guyana Harpy Eagles beat the "
     "Windward Islands Volcanoes by four wickets on Saturday, and the 25-year-old said afterwards the innings was "
     f"{Q}for my grandmother in Berbice{E}.\n\nHarpy Eagles captain Leon Persaud praised the opener.\n",
     "Shamar Grant"),
    ("a person's surname that looks plural stays a person's after 'the … campaign'",
     "Debate over debates\n\nFriday, the Bernie Sanders presidential campaign challenged Hillary Clinton to four "
     "more debates.\n\nClinton said she would take part in one. Bernie Sanders was unimpressed.\n\n"
     f"Sanders told the New York Daily News that Clinton was {Q}hiding from voters{E}.\n",
     "Bernie Sanders"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
