""""The 52-year-old said" where the article gives no one that age: the one person the paragraph before is about,
also when the parser hangs the name on its office ("Cwmtawe director of rugby Huw Morgan was less diplomatic"); an age
the article gave someone still finds them. On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_an_age_no_one_was_given_is_the_one_in_focus(speakers):
    text = ("Derby thriller\n\nCwmtawe director of rugby Huw \u2018Bomber\u2019 Morgan was less diplomatic about the "
            f"decisive penalty.\n\n{Q}I have watched it back twice and I still do not know what he has given,{E} the "
            "52-year-old said.\n")
    assert speakers(text) == ["Huw Morgan"]


def test_an_age_the_article_gave_finds_its_holder(speakers):
    """Guard: the age written beside a name wins over the one in focus."""
    text = ("Derby thriller\n\nWinger Tomos Pugh, 24, scored twice.\n\nCwmtawe director of rugby Huw Morgan was less "
            f"diplomatic about the penalty.\n\n{Q}We switched off for ten minutes,{E} the 24-year-old said.\n")
    assert speakers(text) == ["Tomos Pugh"]
