"""Irish bodies' names with the article "na" inside them are bodies, whole ("Foras na Gaeilge", "a spokesperson for
Údarás na Gaeltachta"); "Bean" before an Irish surname is a married woman's style ("Bean Uí Dhomhnaill"); a live
page's list bullet is no part of a body's name ("• ESB Networks says …"); on articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_body_named_with_a_gaelic_article(speakers):
    text = ("New Gaelscoil opens in Ballyshannon\n\nThe school's new building was opened on Friday.\n\n"
            f"Foras na Gaeilge said in a statement that the school was {Q}a lighthouse for the language{E}.\n")
    assert speakers(text, kinds=True) == [("Foras na Gaeilge", "organization")]


def test_a_spokesperson_for_a_body_named_with_a_gaelic_article(speakers):
    text = ("Boat-building course saved\n\nThe course is funded under a crafts scheme run by Údarás na Gaeltachta. A "
            "spokesperson for Údarás na Gaeltachta said the scheme would keep "
            f"{Q}old trades alive in young hands{E}.\n")
    assert speakers(text) == ["Údarás na Gaeltachta spokesperson"]


def test_bean_before_an_irish_surname_is_a_style(speakers):
    text = ("Gaelscoil celebrates\n\nPríomhoide Nóra Uí Bhriain, who has led the school since 2009, said the day was "
            f"{Q}a long time coming{E}.\n\n{Q}We taught in a prefab for twelve years,{E} Bean Uí Bhriain said.\n")
    assert speakers(text) == ["Nóra Uí Bhriain", "Nóra Uí Bhriain"]


def test_a_list_bullet_is_no_part_of_a_body_s_name(speakers):
    text = ("Storm Éowyn LIVE: thousands without power\n\nKEY POINTS\n\u2022 Orange wind warning for Clare until 6pm\n"
            "\u2022 ESB Networks says 40,000 homes without electricity\n\n1.15pm\n\nESB Networks has said repairs will "
            f"take days.\n\n{Q}Our crews cannot climb poles in this wind,{E} an ESB Networks spokesperson said.\n")
    assert speakers(text, saying="climb poles") == ["ESB Networks spokesperson"]
