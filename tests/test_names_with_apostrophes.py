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


def test_a_sesotho_ma_name_keeps_its_apostrophe(speakers):
    """A Sesotho name of the 'Ma- kind opens with an apostrophe that is part of it ("'Makhotso"), written beside
    another capitalised word; with it the name stays whole ("Tumelo 'Mabathoana", not "Mabathoana") and a bare
    "'Mabathoana" after a quotation is the same man; "'Mè" is a woman's style, never part of her name."""
    text = ("Taxi owners suspend route\n\n"
            "Its chairman, Ntate Tumelo 'Mabathoana, said the association had warned the ministry. "
            f"{Q}We told them this would end in blood,{E} he said.\n\n"
            f"{Q}Nobody listened,{E} 'Mabathoana said.\n\n"
            "The library was started by retired teacher 'M\u00e8 'Makhotso Mapheelle, 66. "
            f"{Q}Books are our new cattle,{E} Mapheelle said.\n\n"
            f"Nurse 'Mamosa Ramakhula said the clinic had run out of drugs. {Q}We have nothing,{E} she said.\n")
    assert speakers(text) == ["Tumelo 'Mabathoana"] * 2 + ["'Makhotso Mapheelle", "'Mamosa Ramakhula"]


def test_a_single_quotation_opening_with_ma_is_still_a_quotation(nlp):
    """The apostrophe is read as a name's only where its paragraph closes no single quotation after it."""
    text = ("Vote delayed\n\nCouncil leader Mary Hale said 'Many Councillors are angry' on Monday. "
            f"{Q}We agree,{E} said John Smith.\n")
    assert [q.text for q in extract_quotes(text, nlp=nlp)][0] == "Many Councillors are angry"


def test_a_label_with_a_sesotho_name_s_apostrophe_is_a_turn(speakers):
    """A phone-in's caller labelled "'MAPULENG:" speaks her turns, named as the article writes her."""
    text = ("Transcript: phone-in on bus fares\n\n"
            "The following is an edited transcript of the breakfast show on Mokorotlo FM, presented by Teboho Sekhesa.\n\n"
            f"SEKHESA: {Q}Good morning. The fare has gone from 12 maloti to 16. First caller, you are on air.{E}\n\n"
            f"'MAPULENG: {Q}Good morning, Ntate Sekhesa. I am 'Mapuleng from Ha Foso. I sew jeans at Thetsane.{E}\n\n"
            f"SEKHESA: {Q}Did the factory say anything about transport money?{E}\n\n"
            f"'MAPULENG: {Q}Nothing. The supervisor said it is between us and the bus owners.{E}\n")
    assert speakers(text) == ["Teboho Sekhesa", "'Mapuleng", "Teboho Sekhesa", "'Mapuleng"]
