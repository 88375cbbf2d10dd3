"""Names and offices that the tagger or the page get in the way of: a transcript's label in capitals with a
macron ("RĀWIRI MOKO:"), styles before a name ("Ato", "Begum", an obituary headline's "Vale", "Listener"), a
name after a trade and before an age ("Pool operator Jordan Whitecloud, 34,"), the person named after an office
and its field ("The Commissioner of Police, CP Yusuf Kangiwa,"), "the Bench" and "the Ministry" for the body the
article named, a company's short name for its whole name, and a page's line of sections, which names no one.
Sentences written for the test; fictional people and bodies."""
from __future__ import annotations

import pytest

from quotes.extract.marks import SPEAKER_LABEL

L, R = "\u201c", "\u201d"

CASES = [
    ("a transcript's label in capitals with a macron",
     "Clinic cuts\n\nHost Ana Reihana spoke to Tāmati Hēnare.\n\n"
     f"ANA REIHANA: {L}What will you lose?{R}\n\nTĀMATI HĒNARE: {L}Two nurses and a van. That is the service.{R}",
     "Two nurses", "Tāmati Hēnare"),
    ("'Ato' before an Ethiopian name",
     f"Drivers squeezed\n\nAto Bereket Alemu said fares were too low. {L}We cannot live on this,{R} Ato Bereket said.",
     "We cannot live", "Bereket Alemu"),
    ("'Begum' before a Bangladeshi name",
     f"Mills reopen\n\nChairperson Begum Shirin Akter said the mills would reopen. {L}Orders are back,{R} Akter said.",
     "Orders are back", "Shirin Akter"),
    ("an obituary headline's 'Vale'",
     "Vale Ron Tully: farmer and footballer\n\nKnown to all as Ron, Mr Tully farmed at Elm Creek for 60 years.\n\n"
     f"{L}I never missed a harvest or a home game,{R} Mr Tully said last year.",
     "I never missed", "Ron Tully"),
    ("'Listener' before a name",
     f"Talkback\n\nListener Aroha Wiremu texted the show. {L}My nan needs that nurse,{R} she wrote.",
     "My nan", "Aroha Wiremu"),
    ("a name after a trade and before an age is a person, not a firm",
     f"Pool shut\n\nPool operator Jordan Whitecloud, 34, said the pump had failed. {L}It is finished,{R} he said.",
     "It is finished", "Jordan Whitecloud"),
    ("the person named after an office and its field",
     "Kidnap victims freed\n\nThe Commissioner of Police, CP Musa Danladi Bello, who met the victims, urged "
     f"residents to {L}keep giving information.{R}",
     "keep giving", "Musa Danladi Bello"),
    ("a company's first word for its whole name, where the tagger typed neither",
     "Mine cuts jobs\n\nLUSAKA, May 2 (Copper Wire) - Mwinilunga Copper Mines Plc will cut 900 jobs, the company said.\n\n"
     f"In a statement, Mwinilunga said the cuts were {L}painful but necessary{R}.",
     "painful", "Mwinilunga Copper Mines Plc"),
    ("'the Bench' for the court the article named",
     "Demolition stayed\n\nThe Madras High Court on Monday stayed the demolition of the market. "
     f"{L}Heritage is not a nuisance,{R} the Bench said.",
     "Heritage is not", "Madras High Court"),
]


@pytest.mark.parametrize("text,saying,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_name_a_reader_expects(speakers, text, saying, name):
    assert speakers(text, saying=saying) == [name]


def test_a_section_line_names_no_body(speakers):
    text = ("Pool shut\n\nHarbour Gazette | Local News | Mar. 4, 2026\n\n"
            "The pool will stay shut, the report to council says. "
            f"{L}Repairs cannot be done this year,{R} it said.")
    assert "Local News" not in speakers(text)


@pytest.mark.parametrize("label", ["RĀWIRI MOKO:", "ÉMILE DURAND:", "WALLACE:"])
def test_a_label_in_capitals_of_any_alphabet(label):
    assert SPEAKER_LABEL.fullmatch(label)
