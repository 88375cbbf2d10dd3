"""Boilerplate removal: credits, promotions, datelines, agency tags, trailing teasers."""
from quotes.ingest.cleaning import clean

ARTICLE = """OSLO (Reuters) - The minister said the talks would go on.
Photo: AFP
\u201cWe are close,\u201d she said.
Join ST's Telegram channel and get the latest breaking news delivered to you.
The union said it would consider the offer. \u201cWe will read it carefully,\u201d its leader said. AFP
File photo: Jane Doe/Getty Images
A photograph of the harbour taken in 1950 hangs in the hall.
STAY WARM: Sixty-three incidents were reported on Feb 1, the most for a single day this year, the agency said
COMMITTED: Lai said that Taiwan deeply appreciated the statement, adding that the nation would remain"""


def test_boilerplate_lines_dateline_agency_and_teasers_go():
    text = clean(ARTICLE)
    assert text.splitlines() == [
        "The minister said the talks would go on.",
        "\u201cWe are close,\u201d she said.",
        "The union said it would consider the offer. \u201cWe will read it carefully,\u201d its leader said.",
        "A photograph of the harbour taken in 1950 hangs in the hall.",
    ]


def test_prose_is_kept_when_in_doubt():
    text = "NATO: the word appears in a sentence.\nThe photo: a man on a bench, said the caption writer, was old."
    assert clean(text) == text  # a kicker line is only dropped at the end, after enough prose


def test_line_endings_and_blank_runs_normalised():
    assert clean("One.\r\n\r\n\r\n\r\nTwo.\r\n") == "One.\n\nTwo."


def test_datelines_with_dates_and_agencies():
    for line in ("HALDEN, March 5 (Coastline Wire) \u2014 The minister spoke.", "NEW YORK (AP) - The minister spoke.",
                 "ST. JOHN'S, Jan. 3, 2025 \u2013 The minister spoke."):
        assert clean(line) == "The minister spoke."
    assert clean("US - Japan talks resumed.") == "US - Japan talks resumed."  # no city of 3+ capitals
