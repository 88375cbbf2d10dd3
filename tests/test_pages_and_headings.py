"""Page layout: web-page furniture, live-blog headings and headline quotations (sentences written here)."""
import pytest

from quotes import extract_quotes
from quotes.boilerplate import boilerplate_lines, is_boilerplate
from quotes.ingest.cleaning import clean


@pytest.mark.parametrize("line", ["Share", "Comments (12)", "24 comments", "Bookmark", "Share this article",
                                  "Listen to this article", "17:42 GMT", "Updated at 17.03 GMT",
                                  "10:32, 14 FEB 2025", "Updated: 14 Mar 2025, 09:12 IST", "Last updated 3 hours ago",
                                  "Monday 3 March 2025 09.15 GMT"])
def test_page_buttons_and_time_stamps_are_not_prose(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Share prices fell on Monday.", "Comments were made at the meeting.",
                                  "14:05 Met Office extends amber warning", "May 2024 was the wettest on record.",
                                  "Save the date, the mayor said."])
def test_prose_that_starts_like_a_button_or_a_date_is_prose(line):
    assert not is_boilerplate(line)


def test_a_list_of_links_under_a_heading_goes_up_to_the_next_blank_line():
    lines = ["The council said it would reply.", "Most Read", "1. 'I lost everything': family counts the cost",
             "2. Police seek witnesses", "", "A later paragraph of prose."]
    assert boilerplate_lines(lines) == [False, True, True, True, False, False]


PAGE = """Bakery owner 'heartbroken' as floods close shops

Published Mar 12, 2025
Share this article
Comments (34)
Bookmark

Shop owners say they were given less than an hour to empty their stores.

Related: 'We paid for a wall we never got': flood victims take city to court

A spokesperson for the city said: "Crews worked through the night to pump out basements."

Most Read
1. 'I lost everything': family counts the cost"""


def test_reading_a_web_page_drops_its_furniture_and_link_lists():
    text = clean(PAGE)
    assert "Comments" not in text and "Bookmark" not in text and "Share" not in text and "Published" not in text
    assert "Related" not in text and "Most Read" not in text and "I lost everything" not in text
    assert "A spokesperson for the city said:" in text


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: extract_quotes(text, nlp=nlp)


def test_the_spokesperson_after_a_teaser_line_speaks_for_the_body(run):
    said = {q.text: q for q in run(PAGE)}
    assert set(said) == {"Crews worked through the night to pump out basements."}
    assert said["Crews worked through the night to pump out basements."].speaker.text.startswith("A spokesperson")


def test_a_headline_passive_gives_the_quotation_to_the_accuser_not_the_accused(run):
    text = ("Council criticised for 'abandoning the high street' as market closes\n\n"
            "Traders in Castlebar have accused the county council of \"abandoning the high street\" after it "
            "confirmed that the Thursday market will not return.\n")
    head = next(q for q in run(text) if q.start < 70)
    assert head.speaker_name == next(q for q in run(text) if q.start > 70).speaker_name != "Council"


def test_a_passive_with_an_agent_gives_the_quotation_to_the_agent(speakers):
    text = ("The council was urged by Cllr Siobh\u00e1n Daly to \"find a site before the tourists arrive\", "
            "but officials said no site had been found.")
    assert speakers(text)[:1] == ["Siobh\u00e1n Daly"]


def test_a_headline_quotation_before_a_colon_goes_to_the_person_named_after_it(run):
    text = ("'A city is a promise you keep every morning': a conversation with architect Folasade Adeyemi\n\n"
            "Folasade Adeyemi has spent twenty years designing markets and schools in Lagos and Accra.\n")
    q = next(q for q in run(text) if q.text.startswith("A city"))
    assert q.speaker.text == "Folasade Adeyemi"


def test_live_blog_headings_take_the_speaker_of_the_post_below(run):
    text = ("Bushfire live: residents told to leave\n\nKey events\n12:40 Premier: 'Leave now, do not wait'\n"
            "13:15 Video: 'It came over the ridge in minutes'\n\n13:15 AEDT\n"
            "'It came over the ridge in minutes': a farmer on the fire front\n\n"
            "\"It came over the ridge in minutes. I've been here forty years,\" farmer Cliff Banner said.\n\n"
            "12:40 AEDT\nPremier: 'Leave now, do not wait'\n\n"
            "The premier, Rosalind Achterberg, spoke at the operations centre. She said: \"Leave now, do not wait. "
            "Your plan today is to get out.\"\n")
    found = [(q.text, q.speaker.text if q.speaker else None, q.speaker_name) for q in run(text)]
    assert not any(mention and ("12:40" in mention or "Video" in mention) for _, mention, _ in found)
    assert [name for said, _, name in found if said == "It came over the ridge in minutes"] == ["Cliff Banner"] * 2
    assert [name for said, _, name in found if said == "Leave now, do not wait"] == ["Rosalind Achterberg"] * 2


def test_a_media_label_is_no_speaker(run):
    text = ("Readers' photos: \"the whole sky went orange over the town\"\n\n"
            "Video: \"We have never seen anything like it in this valley\"\n")
    assert all(q.speaker is None or q.speaker.text not in ("Readers", "Video", "Readers' photos") for q in run(text))


@pytest.mark.parametrize("sentence", [
    "Gwen Parry, 71, who has lived in the village all her life, said: \"We feel forgotten up here.\"",
    "Aroha Ngata, 52, whose family has run the dairy for four generations, told the Herald: \"We feel forgotten up here.\"",
    "Sunita Rao, 45, who has lived in the district all her life and remembers the 1998 flood, said: \"We feel forgotten up here.\""])
def test_a_relative_clause_between_the_name_and_the_verb(run, sentence):
    q = next(iter(run(sentence)))
    assert q.speaker.text == sentence.split(",")[0]


def test_quoted_transcript_turns_under_labels_still_split(run):
    text = ("She spoke to Emeka Obi. The conversation has been edited.\n\n"
            "\"OBI: Where do you even start?\n\n"
            "\"ADEYEMI: With the traders. They told me where the water runs when it rains.\"\n")
    assert [(q.text, q.speaker.text) for q in run(text)] == [
        ("Where do you even start?", "OBI"), ("With the traders. They told me where the water runs when it rains.", "ADEYEMI")]
