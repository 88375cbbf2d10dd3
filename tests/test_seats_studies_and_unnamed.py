"""Speaker names after offices and seats, of study authors, unnamed people and showbiz nominals, and quotation
marks that hold no one's words: each case on sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.boilerplate import is_boilerplate

NAMES = [
    ("a study by a team from a body whose initials and town follow its name",
     "A study by a team from the Coastal Water Laboratory (CWL), Veraval, found that the estuary was polluted.\n\n"
     "“Levels of arsenic are high,” the study says.",
     "arsenic", "Coastal Water Laboratory"),
    ("an office's topic after 'in the' is no word of the name",
     "Minister in the Presidency Lindiwe Mahlangu toured the clinic on Tuesday.\n\n"
     "“The doors will open in April,” she said.",
     "April", "Lindiwe Mahlangu"),
    ("a title heading the mention yields to the name in apposition",
     "Special Assistant to the Chief Minister on Health Ms Rubina Shah on Friday said the hospital was “nearly ready”.",
     "nearly ready", "Rubina Shah"),
    ("a councillor's division before the name set off by commas",
     "Spring Vale road still not fixed\n\nCouncillor for the Spring Vale Division, Everton ‘Big E’ Grant, said the road money was “still in the system”.",
     "still in the system", "Everton Grant"),
    ("a name the tagger types a body's, set beside a role for a person",
     "Pipeline still broken\n\nThe IFP’s provincial spokesperson on health, Riaan Steyn, said the clinic had been "
     "“left to rot”.",
     "left to rot", "Riaan Steyn"),
    ("a seat after 'MLA for' is no word of the name, nor the party the speaker",
     "Sinn Féin MLA for Newry Róisín Ní Dhuibhir said patients were waiting “far too long” for cataract surgery.",
     "far too long", "Róisín Ní Dhuibhir"),
    ("a surname with a capitalised Irish particle finds the full name",
     "Health committee hears of long waits\n\nSDLP MLA for Newry Aoife Nic Aonghusa said the figures were "
     "“shameful”.\n\n“We need answers by June,” Ms Nic Aonghusa told MLAs.",
     "answers", "Aoife Nic Aonghusa"),
    ("a double surname alone in the headline does not cut the full name",
     "Gómez de Lara: the club had no choice\n\n"
     "The club’s president, Ramón Gómez de Lara, said the board had been “left with no choice”.",
     "no choice", "Ramón Gómez de Lara"),
    ("a relative named by the given name after a noun's possessive",
     "Rovers sign Caio\n\nRovers have signed Brazilian forward Caio dos Anjos.\n\n"
     "The forward’s mother, Sueli, said the family had “prayed for this day”.",
     "prayed", "Sueli dos Anjos"),
    ("a resident who gave his name only as X is X",
     "Another resident, who gave his name only as Shortman, said the lights had been “off since Easter”.",
     "off since Easter", "Shortman"),
    ("the woman after an unnamed vendor brought in is that vendor",
     "Inspector Carla Mendes said patrols would be stepped up in Riverton, Oakdale and Mill Town.\n\n"
     "In Oakdale, a baker who asked not to be named said she now shuts at six.\n\n"
     "“Mi nah stay open after dark again,” said the woman.",
     "after dark", "baker"),
    ("she is never the last place of a list after 'in'",
     "Murders down, police say\n\nDeputy Superintendent of Police Marcia Henry-Blake, who heads the Westmoreland "
     "Police Division, said her officers would increase patrols in Little London, Grange Hill and Bethel Town over "
     "the coming weeks.\n\n“We will be on every corner,” she said.",
     "every corner", "Marcia Henry-Blake"),
    ("a singular they right after an insider is the insider",
     "Pop duo Sky and Raine have split. An insider said the pair had not spoken for weeks. "
     "‘It was over long before the tour ended,’ they said.",
     "long before", "insider"),
    ("a capitalised word hyphenated to a participle names no one",
     "Singer Ava Lindholm has married drummer Kit Osei in Lisbon.\n\n"
     "The Grammy-winning star posted a photo from the ceremony.\n\n“Forever starts now,” she wrote.",
     "Forever", "Ava Lindholm"),
    ("she after a star guessed for a partner of no known gender is the one woman named",
     "Ava Lindholm and Jordan Osei marry\n\nAva Lindholm and Jordan Osei have married in Lisbon.\n\n"
     "The singer, 29, and the actor, 33, wed a year after Osei proposed in Paris.\n\n"
     "The Grammy-winning star shared a photo of the couple.\n\n“Forever starts now,” she wrote.",
     "Forever", "Ava Lindholm"),
    ("a representative for the singer speaks for the singer",
     "Singer Ava Lindholm has married drummer Kit Osei in Lisbon.\n\n"
     "A representative for the singer said: “They are overjoyed.”",
     "overjoyed", "Ava Lindholm spokesperson"),
    ("the authors of a study by a university's team are the university",
     "Teenagers who use phones after midnight sleep less, according to a study by a team at Halden University.\n\n"
     "The authors wrote that screens “delay sleep by up to an hour”.",
     "delay sleep", "Halden University"),
    ("a seat's holder the tagger ran into the seat as one body, hyphenated surname and all",
     "Bus cuts attacked\n\n“People in the hills are being cut off from their doctors,” said Conservative Senedd member for "
     "Ystrad Fawr Gareth Pryce-Hughes.",
     "in the hills", "Gareth Pryce-Hughes"),
    ("a named person's description in apposition is no one else for a later 'she'",
     "Water queues\n\nNatalia Kravets, a 63-year-old retired teacher, had filled six bottles by nine o’clock.\n\n"
     "“We have candles and the gas stove at my daughter’s flat, so we will manage,” she said.",
     "candles", "Natalia Kravets"),
    ("'Local Member of the Senedd' is a title before the name, no name itself",
     "Buses cut\n\nLocal Member of the Senedd Rhys Bevan said he had written to the transport secretary.\n\n"
     "“Rural Wales is being left behind,” he said.",
     "left behind", "Rhys Bevan"),
    ("'the detective' is the one named with an abbreviated detective's rank",
     "Attack\n\nDet Insp Claire Moffat said the attack was shocking.\n\nA man has been arrested.\n\n"
     "“If you were in the area on Saturday night, please get in touch,” the detective said.",
     "please get in touch", "Claire Moffat"),
    ("an office after 'the' that the tagger took for a name yields to the name in apposition",
     "Dáil suspended\n\nThe Ceann Comhairle, Fergal Tuohy, said: “Deputies will resume their seats at once.”",
     "resume their seats", "Fergal Tuohy"),
]


@pytest.mark.parametrize("why,text,saying,name", NAMES, ids=[case[0] for case in NAMES])
def test_speaker_names(speakers, why, text, saying, name):
    assert speakers(text, saying=saying) == [name], why


NOT_QUOTES = [
    ("a photo's caption", "Storm live\n\n14:30\n\nReaders’ pictures: “Empty beaches before the storm”\n\n"
     "Lena sent us this photo from the pier.", "Empty beaches"),
    ("a photo's caption with a verb but no subject", "Storm live\n\n14:30\n\nReaders’ pictures: “Watching the "
     "waves from the pier”\n\nLena sent us this photo.", "Watching"),
    ("a paper's title", "The findings were published last year under the title “Water, meters and trust in small "
     "towns”, and widely read.", "Water, meters"),
]


@pytest.mark.parametrize("why,text,words", NOT_QUOTES, ids=[case[0] for case in NOT_QUOTES])
def test_marks_that_hold_no_ones_words(speakers, why, text, words):
    assert speakers(text, saying=words) == [], why


@pytest.mark.parametrize("line", [
    "‘Ten things to pack before the storm’ – read our guide here",
    "“Which schools are closed?” – see the full list below",
])
def test_teasers_are_no_prose(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "“We will read every letter,” she said – and she meant it.",
    "Pictures of the flood were shared widely on Sunday.",
])
def test_prose_stays_prose(line):
    assert not is_boilerplate(line)
