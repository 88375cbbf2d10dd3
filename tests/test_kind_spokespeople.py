""""A club spokesperson" or "an airline spokeswoman" speaks for the body of that kind the story is about (its
subject, named most often), not whichever body was named last. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the club that turned the bid down, not the bidder",
     "Harwick say no again\n\nHarwick Athletic have turned down a second offer, thought to be worth £20m, from "
     "Dunmore United for their Ghanaian winger Kofi Mensah.\n\n"
     f"A club spokesperson told the Courier: {Q}Kofi is not for sale. We have said so twice now.{E}\n",
     "Harwick Athletic spokesperson"),
    ("the airline the story is about, not the airport named last",
     "Flights cancelled\n\nSkyrail Airways cancelled 40 flights on Friday after a strike by baggage handlers at "
     "Northfield Airport.\n\n"
     f"An airline spokeswoman said: {Q}We are sorry for the disruption and will rebook every passenger.{E}\n",
     "Skyrail Airways spokesperson"),
    ("the body whose long name the words before the noun end",
     "Beach closed\n\nThe Northern Marine Rescue Service closed Pier Beach on Tuesday after a shark sighting.\n\n"
     f"{Q}Swimmers should stay out of the water until Friday,{E} a Marine Rescue Service spokesperson said.\n",
     "Northern Marine Rescue Service spokesperson"),
    ("the body whose long name the words before the noun begin",
     "Mill to close\n\nKuantan Valley Holdings Bhd will close its Jerantut mill in March, it said on Monday.\n\n"
     f"A Kuantan Valley spokesperson said: {Q}We will offer every worker a job at our other mills.{E}\n",
     "Kuantan Valley Holdings Bhd spokesperson"),
    ("a body whose name goes on to a company suffix alone, by its whole name",
     "Mill to close\n\nKuantan Valley Ltd will close its Jerantut mill in March, it said on Monday.\n\n"
     f"A Kuantan Valley spokesperson said: {Q}We will offer every worker a job at our other mills.{E}\n",
     "Kuantan Valley Ltd spokesperson"),
]


GOVERNMENTS = [
    ("a government spokesman under a dateline naming the country after its city",
     "LAGOS, Nigeria (AP) - The naira fell again on Tuesday.\n\n"
     f"{Q}We are watching the market closely,{E} a government spokesman said.\n",
     "Nigerian government spokesperson"),
    ("a country's government by its adjective",
     "NAIROBI - Kenya's government has banned the export of raw avocados.\n\n"
     f"{Q}We want the jobs to stay here,{E} a government spokeswoman said.\n",
     "Kenyan government spokesperson"),
    ("the Prime Minister's official spokesman speaks for the prime minister the story named",
     "LONDON - The Prime Minister, Martin Hale, faced questions over the budget on Monday.\n\n"
     f"{Q}The Prime Minister has full confidence in the Chancellor,{E} the Prime Minister's official spokesman said.\n",
     "Martin Hale spokesperson"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES + GOVERNMENTS], ids=[c[0] for c in CASES + GOVERNMENTS])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
