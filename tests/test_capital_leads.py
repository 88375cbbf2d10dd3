"""A paragraph's lead words set in capitals ("ARCHIE Lumsden has farmed …") are read in running-text case, so the
name is a name, while acronyms, datelines and headlines in capitals stay as written: on text written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.capital_leads import running_case

RECASED = [
    ("ARCHIE Lumsden has farmed the glen.", "Archie Lumsden has farmed the glen."),
    ("ARCHIE LUMSDEN has farmed the glen.", "Archie Lumsden has farmed the glen."),
    ("The sale ended.\nMÁIRE O'NEILL said she was glad.", "The sale ended.\nMáire O'Neill said she was glad."),
    ("THE council has voted.", "The council has voted."),
    ("HE said he would go.", "He said he would go."),
    ("MY daughter's coach told her to practise.", "My daughter's coach told her to practise."),
    ("Chitungwiza market reopens\n\nCHITUNGWIZA Municipality has reopened the market.",
     "Chitungwiza market reopens\n\nChitungwiza Municipality has reopened the market."),
]
KEPT = ["NASA officials said the launch slipped.", "FBI Director Kash Patel said so.", "WASHINGTON (AP) — The vote",
        "US officials said no.", "WHO experts met.", "JOHN SMITH RESIGNS", "They met ARCHIE Lumsden there.",
        "HE Saif bin Rashid Al Rawahi said so.", "Power cuts\n\nZESA Holdings said supply would return."]  # (His Excellency, a style before a name)


@pytest.mark.parametrize("text,expected", RECASED)
def test_a_name_or_word_in_capitals_opening_a_paragraph_is_recased(text, expected):
    assert running_case(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_acronyms_datelines_and_headlines_stay_as_written(text):
    assert running_case(text) == text


@pytest.mark.model
def test_the_capitalised_name_is_the_speakers_and_his_familys(speakers):
    text = ("Fifty years on the hill\n\nARCHIE Lumsden has farmed above Glenshiel for fifty years. His son Callum, 41, "
            "now runs the sheep.\n\n“Nobody gave me five years up here,” Lumsden said.\n\n"
            "“Dad still walks the hill every morning,” Callum said.")
    assert speakers(text) == ["Archie Lumsden", "Callum Lumsden"]


@pytest.mark.model
def test_his_excellency_in_capitals_is_no_word_of_the_name(speakers):
    text = ("Farmers want guarantees\n\nHE Saif bin Rashid Al Rawahi, the council member for Samail, said farmers wanted "
            "\u201cwritten guarantees, not promises\u201d.\n")
    assert speakers(text) == ["Saif bin Rashid Al Rawahi"]
