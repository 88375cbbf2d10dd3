"""A body the story cites with "according to" speaks as "it" after: "…, according to the health department. Both
were stable, it said." is the department, not a hospital named in the same sentence.  Sentences written for the
test; fictional bodies and places."""
from __future__ import annotations


def test_a_body_cited_with_according_to_is_the_it_that_speaks_next(speakers):
    text = ("The Dawes County Health Department confirmed two more measles cases on Monday.\n\n"
            "Two children are being treated at Prairie Ridge Children's Hospital in Omaha, according to the health "
            "department. Both were in stable condition Tuesday, it said. The department will hold a free vaccine clinic "
            'Saturday. "No appointment, no ID, no cost," it said in a Facebook post.')
    assert speakers(text) == ["Dawes County Health Department"]


def test_a_body_that_said_before_still_speaks_as_it(speakers):
    text = ("The Dawes County Health Department said on Monday that two more children had measles.\n\n"
            '"No appointment, no ID, no cost," it said of its Saturday clinic.')
    assert speakers(text) == ["Dawes County Health Department"]
