""""His wife, Jean," is the wife of the one the sentences before are about, a subject or a name a possessive gives
("Mr Hardy's widow"), not of a man named in passing ("apprenticed to a saddler called Owen Pryce"); past paragraphs
of her own words, the husband of the one they quote, not of the story's first woman; in an obituary, the dead
man's daughter, not the quoted neighbour's; on articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the subject, not the man named in passing",
     "The last saddler of Ludlow\n\nFor fifty years Dennis Hardy has stitched harness in a shed behind the Bull Ring.\n\n"
     "Hardy began at 14, apprenticed to a saddler in Leominster called Owen Pryce, a man he still calls the Master.\n\n"
     f"{Q}He would throw a strap in the stove if the stitches were not even,{E} he says.\n\n"
     f"His wife, Jean, does the accounts. {Q}He counts stitches in his sleep,{E} she says.\n",
     "counts stitches", "Jean Hardy"),
    ("the one a possessive names",
     "Inquest into cyclist's death\n\nThe coroner recorded a verdict of misadventure on Martin Lomax, 52. Detective "
     "Sergeant Paul Garvey told the hearing the van had been travelling within the limit.\n\n"
     f"Mr Lomax's widow, Ruth, did not speak, but his brother, Alan, said the family would write to the council. "
     f"{Q}That junction needed lights years ago,{E} he said.\n",
     "junction needed lights", "Alan Lomax"),
    ("the one a subject is given as a name",
     "Floods reach Dadu\n\nProvincial officials said 40 villages were cut off. Relief commissioner Tariq Soomro said "
     "boats had been sent.\n\nIn Mehar, a farmer named Allah Bux Jatoi, 60, said the water came at night. "
     f"{Q}We lost the goats and the wheat,{E} he said.\n\n"
     f"His son Nadeem, 22, said the family had been given one tent. {Q}There are eleven of us in it,{E} Nadeem said.\n",
     "eleven of us", "Nadeem Jatoi"),
]

# A relative's possessor whose family the article has begun to name: "Tobias's mother, Helen Ferne," before "His
# father, Robert," (a guard: the defendant and the judge are named before), and, with no one named in the paragraphs of
# quotations between, the one whose mother was named, not the coroner named in more paragraphs.
FAMILY_CASES = [
    ("the victim whose mother spoke, not the defendant",
     "Driver jailed over death of cyclist\n\nA driver who was watching football on his phone has been "
     "jailed for six years.\n\nDaniel Prewett, 31, of Hartwell, admitted causing death by dangerous "
     "driving. Prosecuting, Sarah Lund said Prewett had been looking down for four seconds when he hit "
     f"Tobias Ferne, 19.\n\nSentencing, Judge Mark Ellison told Prewett: {Q}You chose the match over the "
     f"road.{E}\n\nIn a victim impact statement read to the court by Lund, Tobias’s mother, Helen Ferne, "
     f"said her son had been training to be a nurse.\n\n{Q}He was the one who made us laugh.{E}\n\nHis "
     f"father, Robert, said in his own statement that he could no longer drive past the junction. {Q}I take "
     f"the long way round every day,{E} he said.\n",
     "long way round", "Robert Ferne"),
    ("the one whose mother was named, after paragraphs of her words",
     "Coroner calls for farm safety rules\n\nCoroner Alan Pryor said on Friday that Kieran Ashby, 16, who "
     "was killed on a farm, had been sent out alone with no training.\n\nMr Pryor said the quad bike had "
     "no roll bar.\n\nMr Pryor said the owner had not kept records.\n\nOutside court, Kieran's mother, "
     f"Donna Ashby, said the family had waited two years.\n\n{Q}He was 16. He loved that farm.{E}\n\n{Q}We "
     f"trusted them with him.{E}\n\n{Q}Nobody checked on him all day.{E}\n\nHis older brother, Shane, said "
     f"he hoped the findings would change things. {Q}We are not angry at farmers,{E} he said.\n",
     "not angry at farmers", "Shane Ashby"),
]


STORY_CASES = [
    ("the woman whose words fill the paragraphs before, not the first woman of the story",
     "Council votes to close village school\n\nCouncillors in Brackford voted 9 to 6 on Monday to close "
     "Elmstead Primary.\n\nCouncil leader Margaret Oduya said the decision was painful. "
     f"{Q}We have half the pupils we had ten years ago,{E} she said.\n\nOpposition leader Tom Reeve called "
     "the vote a mistake.\n\nAmong the parents in the gallery was Leah Whitcombe, whose two daughters attend "
     f"the school.\n\n{Q}I understand the numbers. I know a small school costs more.\n\n{Q}But nobody asked "
     f"how a five-year-old feels on a bus for an hour,{E} she said.\n\nHer husband, Gareth, said the family "
     f"would consider moving. {Q}We may drive to a town with a future,{E} he said.\n",
     "town with a future", "Gareth Whitcombe"),
    ("an obituary's subject, not the neighbour quoted in the paragraph before",
     "Farewell to the pan tuner of Laventille\n\nClive Baptiste, who tuned steelpans for half a century, died at "
     "his home on Tuesday. He was 84.\n\nBaptiste tuned instruments for a dozen bands.\n\nNeighbour Winston "
     f"Charles, 70, remembered the sound of his hammer. {Q}You knew Professor was alive,{E} he said.\n\nHis "
     f"daughter, Denise, said her father tuned his last pan in March. {Q}His ears were perfect,{E} she said.\n",
     "ears were perfect", "Denise Baptiste"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in STORY_CASES], ids=[c[0] for c in STORY_CASES])
def test_the_relative_of_the_one_the_story_follows(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in FAMILY_CASES], ids=[c[0] for c in FAMILY_CASES])
def test_the_relative_of_a_family_already_named(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_relative_of_the_one_in_focus(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


def test_a_relative_of_the_only_man_named_before(speakers):
    text = ("Fire at Carrow farm\n\nFirefighters spent six hours at the barn. Station manager Keith Orme said the "
            f"hay had caught overnight.\n\nHis daughter, Lily, said the family lost 300 bales. {Q}It went up like paper,"
            f"{E} she said.\n")
    assert speakers(text, saying="like paper") == ["Lily Orme"]


def test_his_relative_is_not_of_a_woman_quoted_by_her_surname_alone(speakers):
    text = ("Former mayor, columnist Casimiro Lumawag; 91\n\n\u201cHe taught this town to say no to the loggers,\u201d "
            "Mayor Andres Pagsuyuin said in a statement.\n\n"
            "Councilor Teresita Dagdagan, who worked as Lumawag\u2019s aide in the 1990s, said he was "
            f"{Q}strict in the kindest way.{E}\n\n{Q}He read every line of every contract,{E} Dagdagan said.\n\n"
            f"His son Tomas, a forester in Ifugao, remembered a father who walked everywhere. {Q}He never owned a car,"
            f"{E} Tomas said.\n")
    assert speakers(text, saying="owned a car") == ["Tomas Lumawag"]
