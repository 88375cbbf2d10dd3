"""On a letters page a writer's own words ("“…,” I told my husband", "says this ratepayer") are the writer's, who
signs below the letter; outside a letters page "I" stays no one. On pages written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

PAGE = ("Letters to the editor\n\nFOOTPATHS FIRST\n\n"
        f"The council wants a new roundabout. {Q}Fix the footpaths first,{E} says this ratepayer.\n\n"
        "Gwen Harcourt, Boulder\n\nROAD TRAIN DANGER\n\n"
        f"Every morning the road trains pass the school gate. {Q}Somebody is going to die on that corner,{E} I told my "
        "husband last week.\n\nPriya Ramaswamy, Kambalda West\n")


def test_a_writers_own_words_are_the_signers(speakers):
    assert speakers(PAGE) == ["Gwen Harcourt", "Priya Ramaswamy"]


def test_outside_a_letters_page_i_is_no_one(speakers):
    text = (f"Column\n\nThe road trains pass the school gate. {Q}Somebody is going to die on that corner,{E} I told my "
            "husband last week.\n")
    assert speakers(text) == [None]


def test_someone_else_the_writer_met_is_not_the_writer(speakers):
    text = ("Letters\n\nWAITING\n\nAfter six hours, this doctor told us: "
            f"{Q}There are no beds tonight, go home.{E}\n\nMary Jones, Leeds\n\nTRAFFIC\n\n{Q}It is the traffic,{E} this "
            "driver said when I asked him.\n\nTom Reed, Bradford\n")
    assert speakers(text) == ["doctor", "driver"]
