"""The names after a photo's credit label are no body or person of the story: sentences written for the test."""
from __future__ import annotations

TEXT = ("Highveld Rovers part ways with Ndlovu after cup exit\n\n"
        "Sibusiso Ndlovu on the touchline during the cup defeat. Picture: Gallo Images/Thabo Mokoena\n\n"
        "The club have parted ways with head coach Sibusiso Ndlovu after their cup exit.\n\n"
        "In a statement released on Monday, the club said the decision had been reached \"after a thorough review\".")


def test_the_club_is_never_the_photo_agency(speakers):
    assert speakers(TEXT) == ["Highveld Rovers"]



def test_the_credits_are_those_a_label_opens():
    from quotes.boilerplate import credits

    text = ("Sibusiso Ndlovu on the touchline. Picture: Gallo Images/Thabo Mokoena\n"
            "Photo: AFP\n"
            "Fans gathered at the gates (Image: Valleys Photo Agency) before kick-off.\n"
            "[Video: FULL SPEECH: Coach Ndlovu at the dinner]\n"
            "Readers' pictures: \"the last home match\"")
    assert [text[a:b] for a, b in credits(text)] == [
        "Picture: Gallo Images/Thabo Mokoena", "Photo: AFP", "(Image: Valleys Photo Agency)"]


def test_a_photographer_in_a_credit_is_never_the_one_a_surname_means(speakers):
    text = ("Typhoon leaves trail of damage\n\n"
            "Waves crash over the promenade on Tuesday afternoon. (Photo: Harbour Standard / Ken Lo)\n\n"
            "In Tai O, fisherman Lo Tin-sang, 72, tied his sampan to the stilt houses twice over. "
            "\u201cMy father taught me: you go home and you don\u2019t argue,\u201d Mr Lo said.\n")
    assert speakers(text) == ["Lo Tin-sang"]
