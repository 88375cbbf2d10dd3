"""Names the tagger or parser splits, made whole: a hyphenated surname whose second part is also a title, a hyphenated
given name whose first part the parser hangs elsewhere, a transcript label for a person the tagger found in no name,
a quoted nickname opening with "the" or holding a role word. Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a hyphenated surname's part that is also an honorific ('Obong') is part of the name",
     "Eng. Patrick Okello-Obong, who runs the cooperative, said prices had fallen. \u201cWe bought 40 tonnes last "
     "week and cannot sell half of it,\u201d he said.",
     ["Patrick Okello-Obong"]),
    ("the same name as the sentence's subject, which gave no name at all",
     "Patrick Okello-Obong said prices had fallen.\n\n\u201cWe bought 40 tonnes last week and cannot sell half of "
     "it,\u201d he said.",
     ["Patrick Okello-Obong"]),
    ("a hyphenated given name after an abbreviated title keeps its first part",
     "Opposition leader Coun. Marc-Andr\u00e9 Pelletier of Action citoyenne said the tender had been written for one "
     "company. \u201cWhen you ask for forty trucks overnight, you know who will answer,\u201d he said.",
     ["Marc-Andr\u00e9 Pelletier"]),
    ("a transcript label is the full name the article writes, though the tagger took it for a building",
     "On the programme, Johanna Shikongo put questions to the utility's chief executive, Festus Amukwaya.\n\n"
     "SHIKONGO: \u201cPeople in Opuwo have had water for two hours a day for a month. Why?\u201d\n\n"
     "AMUKWAYA: \u201cThe borehole field is producing a third of what it did three years ago.\u201d",
     ["Johanna Shikongo", "Festus Amukwaya"]),
    ("a parliament's label, a title in small letters before a name in capitals, is the full name",
     "Nationals senator Brendan O'Keeley questioned the chief executive, Graham Whitcombe, and the operating officer, "
     "Rachel Nguyen. From the Hansard proof:\n\n"
     "Senator O'KEELEY: \u201cHow many customers were still without service after 72 hours?\u201d\n\n"
     "Mr WHITCOMBE: \u201cAbout 11,400, Senator.\u201d\n\n"
     "Ms NGUYEN: \u201cIf I could assist, Chair, the figure is roughly 2,100.\u201d",
     ["Brendan O'Keeley", "Graham Whitcombe", "Rachel Nguyen"]),
    ("a police rank the tagger reads as a name of its own ('Det Con') is the name after it",
     "Speaking after the hearing, Det Con Gary Ellison of Merseyside Police said the victim had shown \u201cenormous "
     "courage\u201d. \u201cShe has been through a horrific ordeal,\u201d he said.",
     ["Gary Ellison", "Gary Ellison"]),
    ("'DPP' before a surname is a prosecutor's style, no word of the name",
     "Deputy Public Prosecutor Vincent Loh Kah Wai said the accused had approved the invoices himself.\n\n"
     "\u201cHe was the gatekeeper, and he opened the gate for himself,\u201d DPP Loh said.",
     ["Vincent Loh Kah Wai"]),
    ("a quoted nickname opening with 'the' joins the given name to the surname",
     "The match was level at half-time.\n\nThe full-forward, Donal \u201cthe Bull\u201d Hennessy, scored in the 58th "
     "minute.\n\n\u201cI just shut my eyes and pulled the trigger on it,\u201d Hennessy said.",
     ["Donal Hennessy"]),
    ("a quoted nickname where the parser opens a sentence at its mark, in single marks too",
     "Final whistle\n\nManager Fergal \u2018Fergie\u2019 Donnelly could barely speak at the final whistle.\n\n"
     "\u201cWe never stopped believing,\u201d Donnelly said.\n\nDelroy \u201cScrappy\u201d Morgan said the fight was his last. "
     "\u201cI am done,\u201d Morgan said.",
     ["Fergal Donnelly", "Delroy Morgan"]),
    ("a quoted nickname the article also writes before the surname is the name it goes by",
     "Bea Trask, civil rights lawyer, dies at 88\n\nBeatrice \u201cBea\u201d Trask died Saturday at her home.\n\n"
     "In a 2019 interview, Ms. Trask said: \u201cI never wanted to be first. I wanted to be followed.\u201d",
     ["Bea Trask"]),
    ("a role word inside a quoted nickname ('Captain') does not cut the name before it",
     "The clinic opened in 1990.\n\nIts longest-serving volunteer, Selma \u201cCaptain\u201d Amupolo, said little had "
     "changed. \u201cThey promise every year, and every year we are still two nurses,\u201d Amupolo said.",
     ["Selma Amupolo"]),
    ("a person's name the tagger runs a body's name on into is the person's ('Department of Finance Se\u00e1n Doyle')",
     "Minister of State at the Department of Finance Se\u00e1n Doyle defended the budget. \u201cIt is fair,\u201d Doyle "
     "said.",
     ["Se\u00e1n Doyle"]),
    ("'Rt.' ends no sentence: the chair named after 'Rt. Hon.' is the one 'the Chair' means",
     "The committee\u2019s chair, Rt. Hon. Ada Obi, opened the hearing. \u201cWe will hear every witness,\u201d the "
     "Chair said.",
     ["Ada Obi"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_split_by_the_tagger_is_whole(speakers, text, names):
    assert speakers(text) == names


def test_two_people_of_one_surname_leave_a_transcript_label_alone(speakers):
    text = ("Presenter Johanna Shikongo and her brother Petrus Shikongo both spoke to the minister.\n\n"
            "SHIKONGO: \u201cWhy has the water not come back to Opuwo after a whole month?\u201d")
    assert speakers(text) == ["Shikongo"]
