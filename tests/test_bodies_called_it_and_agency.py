"""Bodies referred to by a noun or "it", on sentences written for the test: "the agency" is the Authority, the
Administration or the Bureau named before it (data/body_nominals.tsv); a name the tagger took for a body that speaks
of itself as "it" ("Ridgeway Haulage said it had …") is a body, so "the company said" finds it; a person who says
"it" stays a person; and "it" is never the place where someone named lives ("Carl Dimmock, 47, of
Downend")."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the agency' is the Authority named before it",
     "Floods\n\n"
     "The Flood Control Authority, or FCA, said more than 4,000 people had been moved. "
     f"{Q}Evacuations will continue through the night,{E} the agency said.\n",
     "Flood Control Authority", 0),
    ("a body that says 'it' is the business 'the company' means",
     "Depot fire\n\n"
     "Prosecutor Insp. Dan Kerr said the blaze had been avoidable.\n\n"
     f"In a statement, Ridgeway Haulage said it had cooperated fully. {Q}We deeply regret the harm caused,{E} the "
     "company said.\n",
     "Ridgeway Haulage", 0),
]

GUARDS = [
    ("a person who says 'it' stays a person",
     "Fuel leak\n\n"
     f"Tom Briggs said it was serious. {Q}Our members were put at risk,{E} he said.\n",
     "Tom Briggs", 0),
]


@pytest.mark.parametrize("text,name,which", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_speaker(speakers, text, name, which):
    assert speakers(text)[which] == name


def test_it_is_never_where_someone_named_lives(speakers):
    text = ("Builder jailed over scam\n\n"
            "Carl Dimmock, 47, of Downend, took deposits from eleven households between 2023 and 2025.\n\n"
            "Avon and Somerset Police urged homeowners to check traders before paying. "
            f"{Q}Never pay large sums up front,{E} it said in a statement.\n")
    assert speakers(text)[-1] != "Downend"
