"""Whom "he" or "she" means after someone the story brings in without a name, on sentences written for the test:
the unnamed person a sentence's subject describes ("A porter pushing a trolley stops …", "Her son … is less
gloomy", "the landlord, who has held the licence for years, …") and called by the noun the story describes them
by ("the man, a retired boatman," is the "boatman"), never a place or building the tagger takes for a person
("St Enda's", "Mount Karewa", "the Anchor Inn"), never someone named before whom the description cannot mean;
the subject of the sentence before, not a man named inside its reported clause; "the spokesperson" just brought
in by a body's noun; "the group" for the alliance that spoke; analysts at a bank and a report for whose they are; the reporting speaker of words a reported clause says someone will say; and the interviewer
the lead-in of a Q&A names after the paper ("spoke to the Courier's health editor, Ines Duarte"); a trade in apposition
after what one is only for the moment ("One motorist, a banker,": `banker`)."""
from __future__ import annotations

import pytest

CASES = [
    ("'she' is the woman the paragraph brings in, not the councillor named before",
     "Councillor Rhian Pugh said the council would look again at the bus route. \u201cWe hear the village,\u201d "
     "she said.\n\nAt the post office, a woman sorting parcels has worked the counter for 30 years.\n\n"
     "\u201cThe bus was the only way the old people got to Dolgellau,\u201d she says.",
     "woman"),
    ("'he' is the relative the paragraph brings in, not the speaker before",
     "Inside the bakery, a woman icing buns has run the shop since 1994. \u201cWe open at six,\u201d she says.\n\n"
     "Her son, who does the deliveries, is less cheerful. \u201cThe van costs more than it earns,\u201d he says.",
     "son"),
    ("'he' is the man a subject describes, though the parser takes the verb for a noun",
     "The ward at St Enda\u2019s has 30 beds and 41 patients.\n\nA porter pushing an empty trolley stops to let "
     "a nurse through. He has worked at St Enda\u2019s since 2001.\n\n\u201cIt was never this bad,\u201d he says.",
     "porter"),
    ("'he' is never a building named after a saint",
     "St Enda\u2019s opened a new ward in March.\n\nOn trolley nine, a retired baker from outside Kilgarvan has "
     "waited 20 hours. He is 84.\n\n\u201cThey are doing their best,\u201d he says.",
     "baker"),
    ("'she' is never the mountain a volcanologist talks about",
     "Mount Karewa erupted on Sunday.\n\nA geologist at the Waikato Institute of Earth Science, Aroha Tane, said "
     "Karewa had been swelling since May.\n\n\u201cThis will go on for weeks,\u201d she said.",
     "Aroha Tane"),
    ("'he' is never a pub the tagger takes for a person",
     "The Anchor Inn has stood on the quay since 1820.\n\nBehind the bar, the landlord, who has held the licence "
     "for nine years, is pulling a pint.\n\n\u201cThe brewery wants double the rent,\u201d he says.",
     "landlord"),
    ("an unnamed man is called by what an appositive says he does",
     "On Monday the jetty was empty but for a man in a yellow coat.\n\n\u201cI ran that boat for 20 years,\u201d "
     "says the man, a retired boatman who asked not to be named.",
     "boatman"),
    ("'he' is the subject of the sentence before, not the man its reported clause names",
     "Defence solicitor Alan Gourlay said his client had panicked.\n\n\u201cHe is sorry,\u201d Mr Gourlay said.\n\n"
     "The solicitor added that Dunbar, a plumber, would lose his van if he were banned.\n\n"
     "\u201cIt was fear, not callousness,\u201d he said.",
     "Alan Gourlay"),
    ("'he' is the man a clause after the description names",
     "The M8 was shut for five hours.\n\nOne lorry driver, who gave his name only as Stuart, said he had been "
     "heading to Greenock.\n\n\u201cNobody told us anything,\u201d he said.",
     "Stuart"),
    ("'the spokesperson' is the one just brought in, though no quotation followed them",
     "Strathmore Council cut the 12 bus in June. A Corran College spokesperson said numbers had fallen. \u201cWe are "
     "worried,\u201d the spokesperson said.\n\nA council spokesperson said a review had begun. \u201cNothing is ruled "
     "out,\u201d the spokesperson said.",
     "Strathmore Council spokesperson"),
    ("words a reported clause says someone will say later are the reporting speaker's",
     "Crofters wrote to the minister in May.\n\nA Forestry Land spokesman said the minister would answer the "
     "crofters\u2019 letter \u201cin due course\u201d.",
     "Forestry Land spokesperson"),
    ("'the group' is the alliance that spoke before",
     "In a statement, the Kalinga Rice Growers Alliance said the figures were wrong. \u201cEvery sack counts,\u201d the "
     "group said.",
     "Kalinga Rice Growers Alliance"),
    ("analysts at a bank speak for the bank",
     "Analysts at Banco Austral said in a note that the strike could \u201cdrain stocks\u201d within a month.",
     "Banco Austral"),
    ("a report speaks for the woman whose report it is",
     "Dr Ffion Maddox became the harbour's first flood adviser in May.\n\nHer first report, out on Friday, warned "
     "that the quay may have to be \u201cgiven back\u201d to the sea.",
     "Ffion Maddox"),
    ("'One analyst, who asked not to be named,' is someone new, not the analyst named before",
     "\u201cThe quarter was weak,\u201d said Ines Moreau, an analyst at Kestrel Bank.\n\nChief executive Paul Brandt "
     "said the bank was sound. \u201cWe are well placed,\u201d he said.\n\nOne analyst, who asked not to be named "
     "because his firm advises the bank, said investors were nervous. \u201cNobody wants to hold this,\u201d he said.",
     "analyst"),
    ("'An economist, who did not wish to be named,' after an economist named, then 'he'",
     "Ramesh Kale, an economist at the Pune Institute, said prices would rise. \u201cExpect Rs 80 a kilo,\u201d "
     "Kale said.\n\nAn economist, who did not wish to be named, said curbs were likely. \u201cThe government will "
     "act,\u201d he said.",
     "economist"),
    ("'a mason who asked not to be named' is a person by the clause, though no list has the noun",
     "Governor Fredrick Oduya said the hospital was on schedule. \u201cWe will deliver it,\u201d he said.\n\n"
     "At the site, a mason who asked not to be named said workers had not been paid. \u201cWe build it but "
     "cannot afford it,\u201d he said.",
     "mason"),
    ("'Kissane, a former fisherman,' is still Kissane: an appositive brings in no one new",
     "Jury chair Margot Lefevre praised the cast. \u201cIt is a fierce film,\u201d said Ms Lefevre.\n\nSean "
     "Kissane plays the father. Kissane, a former fisherman from Ballydavid, had never acted before. \u201cI was "
     "only meant to be driving the van,\u201d he said.",
     "Sean Kissane"),
    ("a Q&A's questions are the interviewer's the lead-in names after the paper",
     "Dr Lena Voss runs the only clinic on Inishcarra. She spoke to the Western Courier\u2019s health editor, "
     "Ines Duarte, at the pier.\n\nQ: \u201cHow many patients do you see?\u201d\n\nA: \u201cForty a day in summer.\u201d"
     "\n\nQ: \u201cIs that sustainable?\u201d",
     "Ines Duarte"),
    ("a trade in apposition names a motorist better",
     "Traffic chaos on the bridge\n\nThe bridge was closed for six hours on Monday.\n\nOne motorist, a banker, told "
     "her: \u201cI have been stuck here since 7am.\u201d",
     "banker"),
    ("a neighbour is one by relation to the place, as a relative is: the trade after it does not rename them",
     "Council approves tower\n\nThe vote was 5-2.\n\nOne neighbor, a retired engineer, told the room the building would "
     "\u201cchange the feel of the street forever.\u201d",
     "neighbor"),
    ("a resident described by a relative's word stays a resident",
     "Floods in Kumasi\n\nThe river burst its banks on Sunday.\n\nOne resident, a mother of three, said: \u201cWe lost "
     "everything.\u201d",
     "resident"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_after_someone_unnamed(speakers, text, name):
    assert speakers(text)[-1:] == [name]


def test_someone_named_before_keeps_the_pronoun_the_role_refers_to(speakers):
    """"the Vermont senator" or "the GOP candidate" that no rule links to the person named before is still that
    person for "he": no unnamed senator is made of it."""
    text = ("Senator Wade Ellison campaigned in Keene on Monday.\n\nPhotos.\n\nThe GOP candidate has promised to cut "
            "fuel taxes. \u201cEvery family will feel it,\u201d he said.")
    assert speakers(text)[-1:] == ["Wade Ellison"]


def test_an_operator_who_asked_not_to_be_named_is_the_she_after_it(speakers):
    """"A tourism operator …, who asked not to be named," is a person (the "who" says so, though an operator may
    be a business), and the "she" of the words that follow, not the woman named the paragraph before."""
    text = ("Flights delayed\n\nShirley George, the bride's aunt, said half the guests were stuck.\n\n"
            "A tourism operator in Jamestown, who asked not to be named, said two groups had asked about refunds. "
            "\u201cPeople ask me and I cannot promise them,\u201d she said.\n")
    assert speakers(text, kinds=True) == [("tourism operator", "person")]
