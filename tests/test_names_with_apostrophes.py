"""Names with a typographic apostrophe ("O’Keefe", "D’Souza"), on sentences written for the test: the model reads
them as it does the typewriter one, so the person is found, and the name and its mention come out as the article
writes them."""
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
