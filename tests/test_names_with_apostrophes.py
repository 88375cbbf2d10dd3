"""Names with a typographic apostrophe ("O’Keefe", "D’Souza"), on sentences written for the test: the model reads
them as it does the typewriter one, so the person is found, and the name and its mention come out as the article
writes them; an ʻokina typed as the opening single mark ("‘Ana") stays in the name."""
from __future__ import annotations

from quotes.extract import extract_quotes

Q, E = "\u201c", "\u201d"

TEXT = ("Junior handlers shine at Gloucester show\n\n"
        "Show steward Philomena O\u2019Keeffe, who has run the junior ring for 15 years, said the winner had "
        f"{Q}handled the heifer like a professional{E}.\n\n"
        f"Ms O\u2019Keeffe said: {Q}The young ones keep this show alive. Without them we close the gates.{E}\n")


def test_a_name_with_a_typographic_apostrophe_is_a_person(speakers):
    assert speakers(TEXT, kinds=True) == [("Philomena O\u2019Keeffe", "person")] * 2


def test_the_mention_is_the_article_s_own_text(nlp):
    quotes = extract_quotes(TEXT, nlp=nlp)
    assert [q.speaker.text for q in quotes][-1] == "Ms O\u2019Keeffe"
    assert all(TEXT[q.speaker.start:q.speaker.end] == q.speaker.text for q in quotes)


def test_the_surname_alone_finds_the_name_written_with_its_apostrophe(speakers):
    text = ("Arsenal sign midfielder\n\n"
            f"{Q}I have wanted to play here since I was a boy,{E} said Joel D\u2019Cruz, 24, after signing.\n\n"
            f"D\u2019Cruz added: {Q}The fans will see a player who runs all day.{E}\n")
    assert speakers(text) == ["Joel D\u2019Cruz", "Joel D\u2019Cruz"]


def test_an_okina_written_as_an_opening_single_mark_stays_in_the_name(speakers):
    """Tongan names open with an ʻokina, often typed as the opening single mark: "Mrs ‘Ana Fifita Taufa" and "Dr
    ‘Aholelei" are whole names as written; a single quotation the paragraph closes is still a quotation."""
    text = ("Church conference opens\n\n"
            "The church president, Rev. Dr Tevita \u2018Aholelei, opened the conference. "
            f"{Q}We must care for our families,{E} he said.\n\n"
            f"Dr \u2018Aholelei added that the theme was chosen by the women. {Q}Healthy families make a healthy "
            f"church,{E} he said.\n\n"
            "Women\u2019s fellowship president Mrs \u2018Ana Fifita Taufa said the women had prepared for months. "
            f"{Q}We are ready,{E} Mrs Taufa said.\n")
    assert speakers(text) == ["Tevita \u2018Aholelei", "Tevita \u2018Aholelei", "\u2018Ana Fifita Taufa"]
    text = ("Vote delayed\n\nCouncil leader Mary Hale called the delay \u2018Absolutely shameful\u2019 on Monday. "
            f"{Q}We agree,{E} said John Smith.\n")
    assert [q.text for q in extract_quotes(text)][0] == "Absolutely shameful"
    text = "Vote delayed\n\nThe minister told Mary Hale \u2018No decision has been made' and left the room.\n"
    assert [q.text for q in extract_quotes(text)] == ["No decision has been made"]
