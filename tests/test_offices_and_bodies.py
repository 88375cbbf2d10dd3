"""Offices before names and bodies' names with "and" inside: each case on sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("an occupation before a name is no part of it",
     "Custodian Walter Pruitt was in the building when the roof went.\n"
     "\u201cIt shook like a train,\u201d Pruitt said.",
     "Walter Pruitt", "person"),
    ("the MP is the Member of Parliament named with a seat",
     "The Member of Parliament for Kumasi North, Hon. Kofi Adjei-Mensah, has called for an inquiry.\n\n"
     "\u201cOur rivers are dying,\u201d the MP said.",
     "Kofi Adjei-Mensah", "person"),
    ("the MP is the one the article calls the MP for a seat",
     "Kofi Adjei-Mensah, the MP for Kumasi North, has called for an inquiry.\n\n"
     "\u201cOur rivers are dying,\u201d the MP said.",
     "Kofi Adjei-Mensah", "person"),
    ("two roles joined by 'and' before a name are no name",
     "\u201cGrowers should not need a laboratory to test their soil,\u201d said Brantley President and CEO Nadia Fenn.",
     "Nadia Fenn", "person"),
    ("a portfolio after 'for' is no part of the name",
     "Minister of State for Transport Melvin Goh said the fines would rise in January.\n"
     "\u201cRepeat offenders will be named,\u201d said Mr Goh.",
     "Melvin Goh", "person"),
    ("a ward's assembly member keeps only the name",
     "Chepterit Ward MCA Samuel Kibet Lagat backed the motion.\n"
     "\u201cThis assembly must summon the depot managers,\u201d said Mr Lagat.",
     "Samuel Kibet Lagat", "person"),
    ("a district collector keeps only the name",
     "District Collector Meenakshi Raghavan said the survey of damaged homes had begun.\n"
     "\u201cTeams from the revenue department are in every village,\u201d she said.",
     "Meenakshi Raghavan", "person"),
    ("an initial after the honorific closing a long portfolio is the name's",
     "Minister for Rural Development and Panchayat Raj Shri M. Ravindra Naik ordered an inquiry on Monday.\n"
     "\u201cOfficials who ignored the warnings will be held responsible,\u201d said Mr. Naik.",
     "M. Ravindra Naik", "person"),
    ("the Minister is the person named with that office",
     "Minister for Rural Development and Panchayat Raj Shri M. Ravindra Naik visited the villages on Monday.\n"
     "Executive Engineer Shri T. Gangadhar said the bund had been repaired in 2019.\n"
     "The Minister described the breach as \u201ca failure of maintenance, not of nature\u201d.",
     "M. Ravindra Naik", "person"),
    ("a title subject whose name follows its portfolio is that person",
     "Tamil Nadu Minister for Tamil Development and Culture Shri K.P. Anbalagan paid tribute and said the State had "
     "lost \u201cits finest temple musician\u201d.",
     "K.P. Anbalagan", "person"),
    ("a match status is no role that rules out the player's position",
     "Substitute Emeka Nwosu scored twice as Rangers won.\n"
     "Nwosu, who joined in the summer, was modest afterwards.\n"
     "\u201cI just tried to be in the right place,\u201d said the striker.",
     "Emeka Nwosu", "person"),
    ("a body's name with 'and' inside is whole for its spokesperson",
     "A Wide Bay South Hospital and Health Service spokeswoman said the unit would close.\n"
     "\u201cWe are recruiting from interstate,\u201d the spokeswoman said.",
     "Wide Bay South Hospital and Health Service spokesperson", "person"),
    ("a ministry's portfolio after 'and the' is part of its name",
     "The Ministry of Water Resources and the Environment said it would review the timeline "
     "\u201cif the surveys find anything unexpected\u201d.",
     "Ministry of Water Resources and the Environment", "organization"),
    ("a business noun opening the sentence is no word of the body's name",
     "Brokerage Mehta Iyer Securities raised its target price on the stock.\n"
     "\u201cVardhan is well placed for the grid upgrade cycle,\u201d the brokerage said in a note to clients.",
     "Mehta Iyer Securities", "organization"),
    ("the company is the listed company, not the exchange",
     "Shares of Kaveri Pumps Ltd rose as much as 7 per cent to a record on the BSE on Wednesday after the pump maker "
     "reported a jump in net profit.\n\nNet profit rose to \u20b9112 crore, the company said in a regulatory filing.\n\n"
     "\u201cDemand from farm buyers was strong,\u201d the company said in the filing.",
     "Kaveri Pumps Ltd", "organization"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_of_office_or_body(speakers, text, name, kind):
    assert speakers(text, kinds=True)[-1:] == [(name, kind)]


def test_an_acronym_in_brackets_spells_the_links_of_the_name(nlp):
    from quotes.extract.body_mentions import spelled_out

    doc = nlp("She asked whether the Ministry of Manpower (MOM) would act.")
    at = next(t.i for t in doc if t.text == "MOM")
    assert doc[slice(*spelled_out(doc, at))].text == "Ministry of Manpower"


def test_a_headline_relative_is_the_relative_the_story_names(speakers):
    text = ("Son says council \u2018ignored every warning\u2019 as inquest hears of blocked drain\n\n"
            "Trevor Hollis, 74, died in February after his car stalled in a flooded underpass.\n\n"
            "Outside the court, Mr Hollis\u2019s son, Gavin, said the family wanted answers.\n\n"
            "\u201cDad drove that road every day. The council ignored every warning,\u201d he said.")
    assert speakers(text)[:1] == ["Gavin Hollis"]


def test_what_a_thing_is_known_to_people_as_is_no_quotation(nlp):
    from quotes.extract import extract_quotes

    text = ("Counsel assisting the coroner, Martin Oyelaran, told the inquest the case raised questions about the "
            "loading dock, known to staff as \u201cthe back door\u201d on busy nights.")
    assert extract_quotes(text, nlp=nlp) == []


def test_a_members_seat_is_no_one_a_pronoun_may_mean(speakers):
    text = ("Kofi Adjei-Mensah, the MP for Kumasi North, has called for an inquiry.\n\n"
            "\u201cOur rivers are dying,\u201d he said. \u201cThe rivers are not dying,\u201d she said.")
    assert speakers(text) == ["Kofi Adjei-Mensah", None]


#: The speaker of an article's last quotation, where the case takes the article around it to tell.
LAST_SPEAKER = [
    ("a grandchild described in apposition takes the family name",
     "Dr Eleanor Whitcombe, who ran the maternity ward for 31 years, died on Sunday aged 91.\n\n"
     "Her grandson Callum, a final-year law student, said he had grown up on her stories.\n\n"
     "\u201cGran told me the job was mostly listening,\u201d he said.",
     "Callum Whitcombe"),
    ("a relative clause without that keeps its own subject",
     "Dario Benedetti runs a hardware store on the corner.\n\n"
     "He said several merchants had seen sales fall since spring, a claim the city's Public Works department "
     "has called \"not borne out by the numbers.\"",
     "Department of Public Works"),
    ("her with no one near is the person the story names most",
     "Dr Helen Strachan, who ran the only veterinary practice in Ranfurly from 1968, died on Tuesday.\n\n"
     "In a 2010 interview, Dr Strachan said she had never regretted staying.\n\n"
     "Her nurse for 25 years, Joan McAllister, remembered the night calls.\n\n"
     "\u201cShe would drive out in a snowstorm for a dog with a cut paw,\u201d Mrs McAllister said.\n\n"
     "Former mayor Ross Kincaid said the district owed her a great deal.\n\n"
     "The district council said it would name the new dog park after her.\n\n"
     "Her grandson, Tama, said he had grown up on her stories.\n\n"
     "\u201cNana told me the animals were the easy part,\u201d he said.",
     "Tama Strachan"),
    ("he after an unnamed speaker is that speaker",
     "Sub-Inspector Ramesh Gowda said samples had been sent for testing. \u201cWe will register a case,\u201d he said.\n\n"
     "A kitchen worker, requesting anonymity, said the mess had been short of staff for a month. "
     "\u201cTwo of us left in October because salaries were not paid,\u201d he said.",
     "kitchen worker"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in LAST_SPEAKER], ids=[c[0] for c in LAST_SPEAKER])
def test_speaker_of_the_last_quotation(speakers, text, name):
    assert speakers(text)[-1:] == [name]
