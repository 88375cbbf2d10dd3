"""Two people of one surname written surname-first in the middle of the name (Cantonese order), on sentences written
for the test: the surname alone stays with the one the article first called by it before the other was named ("Peter
Wong Kai-ming … Wong, 70, told reporters" before "His son, Felix Wong Siu-lun, 41,"), and "the elder Wong" / "the
younger Wong" are the older and the younger by the ages the article gives."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

TEXT = ("Family firm changes hands\n\n"
        "HONG KONG - Lucky Star Noodles, the family business founded in 1968, will pass to a new generation, its "
        "chairman, Peter Wong Kai-ming, said on Monday. Wong, 70, told reporters the handover would take a year.\n\n"
        "His son, Felix Wong Siu-lun, 41, will become managing director in January.\n\n"
        f"{Q}I have made noodles for fifty years,{E} Mr Wong said.\n\n"
        f"The elder Wong will stay on as honorary chairman. {Q}I will still taste every batch,{E} he said.\n\n"
        f"{Q}My father built this from one stall,{E} the younger Wong said.\n")


def test_the_surname_alone_and_the_generations(speakers):
    assert speakers(TEXT) == ["Peter Wong Kai-ming", "Peter Wong Kai-ming", "Felix Wong Siu-lun"]


def test_the_surname_alone_is_no_one_before_either_is_named(speakers):
    text = ("Noodle makers\n\n"
            f"{Q}We will not sell,{E} Wong said.\n\n"
            "Peter Wong Kai-ming and his son, Felix Wong Siu-lun, run the firm.\n")
    assert speakers(text) == ["Wong"]  # (either may have said it)


def test_the_younger_of_a_family_by_the_word_for_a_relative_and_the_coach_by_his_role(speakers):
    text = ("Warriors fall short\n\nUSC coach Benedicto Lacson praised the winners. \u201cThat is on me; I did not "
            "prepare them well enough,\u201d Lacson said.\n\nWarriors guard Paolo Lacson, the coach\u2019s nephew, "
            "finished with 20 points. Asked how the loss felt, the younger Lacson said: \u201cIt hurts, but we will be "
            "back.\u201d\n\nCoach Lacson said he would not blame the officiating. \u201cThe referees did their job,"
            "\u201d he said.")
    assert speakers(text) == ["Benedicto Lacson", "Paolo Lacson", "Benedicto Lacson"]


def test_the_surname_before_a_hyphenated_given_name_beside_a_son_written_western_style(speakers):
    text = ("Ferry operator names heir\n\n"
            "Golden Tide Ferries said its founder, Albert Leung Wing-kit, would retire in March. Leung, 74, built the "
            f"fleet from one boat. {Q}Forty years at sea is enough for anyone,{E} Mr Leung said.\n\n"
            "His daughter-in-law aside, the heir is his son, Kenneth Leung Ho-yin, 45. Kenneth Leung, who trained as "
            "an engineer, joined the board in 2015.\n")
    assert speakers(text) == ["Albert Leung Wing-kit"]


def test_the_surname_alone_is_the_one_the_article_never_calls_the_elder(speakers):
    text = ("Tile maker to shut plant\n\n"
            f"{Q}Demand has fallen for three years,{E} President Haruki Moriyama told reporters in Nagoya.\n\n"
            "Mr. Moriyama, 48, succeeded his father, Isamu Moriyama, 80, who is still chairman. The elder Mr. Moriyama "
            "was not at the briefing.\n\n"
            f"{Q}Nobody will lose a job without an offer elsewhere,{E} Mr. Moriyama said.\n")
    assert speakers(text)[-1] == "Haruki Moriyama"


def test_the_elder_is_of_those_named_so_far_not_a_mother_named_later(speakers):
    text = ("Three generations of saddle bronc riders\n\n"
            "BOZEMAN, Mont. \u2014 Tyler Whitehorse tapes his wrist the same way every time. His father showed him how "
            "when he was 11.\n\n"
            f"{Q}It keeps you honest,{E} Whitehorse says, sitting on a tailgate behind the chutes.\n\n"
            "His father, Ray Whitehorse, won the state title in 2001.\n\n"
            f"{Q}He never listens to me, and that is how it should be,{E} the elder Whitehorse says.\n\n"
            "His mother, Lorna, a nurse at the county hospital, says she has learned not to watch the ride itself.\n")
    assert speakers(text) == ["Tyler Whitehorse", "Ray Whitehorse"]
