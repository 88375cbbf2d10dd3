"""Role words, spokespeople, bodies' nominals and relays resolved to the speaker a reader names: each case on
sentences written for the test (tests/fixtures/regression/spokesperson-bodies.jsonl, roles-for-people.jsonl
and bodies-and-relays.jsonl hold the articles)."""
from __future__ import annotations

import pytest

CASES = [
    # an unnamed spokesperson of the body the story is about
    ("a government spokesman speaks for the government the article names, not the last committee",
     "The Tasmanian government has delayed the ferry tender again. The Port Users Committee said it had not been "
     "consulted.\n\"The tender will open in March,\" a government spokeswoman said.",
     "tender will open", "Tasmanian government spokesperson"),
    ("the company is the bus company, not a church named in passing",
     "Harrow Valley Buses says the 14 route will be cut. The bus passes St Mary's Parish Church, where a lunch club "
     "meets.\nA spokesman for the company said: \"We have no other choice.\"",
     "no other choice", "Harrow Valley Buses spokesperson"),
    ("a government spokesman speaks for the place's government, written with a possessive after the quotation",
     "\"The fares will not rise before March,\" a government spokesman said.\nTaipei's government has frozen "
     "bus fares twice since 2022.",
     "fares will not rise", "Taipei government spokesperson"),
    ("the spokeswoman is the spokeswoman the article named",
     "The spokeswoman for the Prime Minister, Aroha Tane, briefed reporters on Monday.\n"
     "Asked about the budget, the spokeswoman said: \"That will come in May, as it always does.\"",
     "come in May", "Aroha Tane"),
    # a role for a person named only after it, by an appositive, or before it
    ("the head of a department is the secretary named in the next paragraph",
     "The head of the Treasury has admitted the forecasts were \"far too rosy for anyone to believe\" last year.\n"
     "Secretary Lionel Ashgrove told the committee the models would be rebuilt.",
     "far too rosy", "Lionel Ashgrove"),
    ("someone's solicitor is the solicitor named paragraphs later",
     "A farmer whose cattle strayed onto the motorway was \"completely mortified by what happened\", his solicitor "
     "told the court.\nLiam Doherty, 52, of Carrowmore, admitted allowing animals to wander on a public road.\n"
     "The court heard that 14 cattle were on the M17 for forty minutes.\nGardaí said no one was hurt.\n"
     "Solicitor for the accused, Aoife Brennan, said her client had \"learned a very hard lesson\" and had "
     "replaced every gate on the farm.\n",
     "completely mortified", "Aoife Brennan"),
    ("a capitalised role before an appositive name is that person's",
     "Counsel for the family, Deborah Mwangi, said the inquest had \"raised more questions than it answered\".",
     "raised more questions", "Deborah Mwangi"),
    ("a role before a name the tagger left out, hung on the role's object, is that person's",
     "\"Half the district has had no rain since April,\" said Harvest Relief's regional director for Malawi, "
     "Chikondi Banda-Phiri.",
     "no rain since April", "Chikondi Banda-Phiri"),
    ("a spokesperson on a topic with the name after it is that person",
     "Opposition spokesperson on housing Petra Lindqvist said the figures were \"a national disgrace\".",
     "national disgrace", "Petra Lindqvist"),
    ("the Republican from a state is the senator the party letter after his name makes republican",
     "Rep. Carla Mendes, D-Texas, and Rep. Bill Harrow, R-Okla., met on Monday to discuss the water bill.\n"
     "\"We found more common ground than either of us expected,\" the Republican from Oklahoma said.",
     "common ground", "Bill Harrow"),
    ("a role's initials are the person named in that role",
     "Chief Operating Officer Martin Pike will step down in June after nine years.\n"
     "\"It has been a privilege to serve this company,\" the COO said.",
     "privilege", "Martin Pike"),
    ("the member for a constituency is the person the paragraph before is about",
     "Opposition leader Gwen Talbot visited the flooded estate on Friday morning.\n"
     "\"People here were abandoned for three days,\" said the member for Ashfield East.",
     "abandoned", "Gwen Talbot"),
    ("a headline's CEO is the chief executive the story names",
     "Dairy shares fall as CEO warns ‘milk prices will not recover this year’\n"
     "The chief executive of Glenmoor Dairies, Fiona Blair, told investors on Monday that costs were rising.\n",
     "milk prices", "Fiona Blair"),
    # bodies
    ("the bench is the court whose judges sat",
     "The High Court on Friday quashed the order. A bench of Justices Anil Rao and Sunita Menon heard the appeal.\n"
     "\"The order cannot stand in the eyes of the law,\" the bench said.",
     "cannot stand", "High Court"),
    ("the statement is the party's when the party issued it",
     "The Democratic Front has called for an inquiry into the clinic.\nIn a statement on Sunday, the party said the "
     "MMC for health had ignored three letters from residents.\n\"Residents deserve a clinic that opens on time,\" "
     "the statement read.",
     "opens on time", "Democratic Front"),
    ("a headline's acronym is the body the story names in full",
     "WFP warns ‘millions will go hungry’ across the Sahel\nThe World Food Programme said on Monday that it had run "
     "out of money for the lean season.\n",
     "millions will go hungry", "World Food Programme"),
    ("the company is named in full, not by the first word the story also uses",
     "Shares in Brightmoor Heating fell 6 per cent on Tuesday. Brightmoor said that sales had slowed, and Brightmoor "
     "will close two plants.\n\"We expect a better second half,\" the company said.",
     "better second half", "Brightmoor Heating"),
]


def _speaker_of(nlp, text: str, words: str):
    from quotes.extract import extract_quotes

    return next(q for q in extract_quotes(text, nlp=nlp) if words in q.text)


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_speaker_is_the_one_a_reader_names(speakers, text, words, name):
    assert speakers(text, saying=words)[:1] == [name]


def test_a_relay_quoting_someone_as_saying_gives_the_words_to_that_person(nlp):
    text = ("The Harbour Herald quoted a nurse at the clinic, Mary Osei, as saying: \"We are exhausted and there is "
            "no end in sight.\"")
    quote = _speaker_of(nlp, text, "exhausted")
    assert (quote.speaker_name, quote.reported_by) == ("Mary Osei", "Harbour Herald")


def test_a_statement_quoting_someone_gives_the_words_to_that_person_relayed_by_its_body(nlp):
    text = ("The Harbour Authority said on Monday it had closed the north quay. The statement quoted its chief "
            "engineer, Ruth Agyei, as saying: \"The wall has moved four centimetres since March.\"")
    quote = _speaker_of(nlp, text, "four centimetres")
    assert (quote.speaker_name, quote.reported_by) == ("Ruth Agyei", "Harbour Authority")


@pytest.mark.parametrize("text", [
    "Mr Tobias Fenn, the harbourmaster, said: \"We will dredge the channel in spring.\" He added: \"The boats can "
    "wait.\"",
    "Councillor Ruth Adeyemi told the meeting: \"Nobody asked the tenants what they wanted!\" She said the vote "
    "would be held again in May.",
])
def test_the_next_sentence_s_speaker_does_not_relay_a_finished_quotation(nlp, text):
    quote = _speaker_of(nlp, text, "W" if "dredge" in text else "Nobody")
    assert quote.reported_by is None and quote.reported_by_mention is None


def test_a_relay_in_the_quotation_s_own_sentence_is_kept(nlp):
    text = "Coach Dan Morel told reporters that the team was \"tired but proud\", the Valley Gazette reported."
    quote = _speaker_of(nlp, text, "tired")
    assert quote.reported_by == "Valley Gazette"

RELAYED_AFTER = [
    ("a telling that opens the quotation with a colon is the speaker's; a report after it relays the words",
     "Judge Mary Cole told the jury: \u201cYou must acquit him,\u201d the Herald reported.",
     "acquit him", ("Mary Cole", "Herald")),
    ("\"according to\" on a cue after the quotation names whoever relays the words, not their speaker",
     "\u201cWe will rebuild the bridge by spring,\u201d Mayor Tom Reyes said on Monday, according to the Gazette.",
     "rebuild the bridge", ("Tom Reyes", "Gazette")),
    ("a quotation after \"X said, according to Y.\" is X's, relayed by Y",
     "Senator Ruth Okonjo said on Tuesday that she would vote against the bill, according to the Ledger. "
     "\u201cI cannot support it in its present form.\u201d",
     "cannot support it", ("Ruth Okonjo", "Ledger")),
    ("a role noun telling reporters is someone, not a thing the paper talks about: the words are the coach's",
     "Coach Imelda Farr was sent to the stands on Saturday.\nThe coach told reporters that the decision had been "
     "\u201ca disgrace to the game\u201d, the Dunmore Clarion reported.",
     "a disgrace", ("Imelda Farr", "Dunmore Clarion")),
    ("an unnamed striker's words stay the striker's, relayed by the paper",
     "The striker told reporters that the penalty was \u201cnever a foul in a month of Sundays\u201d, the "
     "Dunmore Clarion reported.",
     "never a foul", ("striker", "Dunmore Clarion")),
]


@pytest.mark.parametrize("text,words,answer", [c[1:] for c in RELAYED_AFTER], ids=[c[0] for c in RELAYED_AFTER])
def test_a_relay_after_the_words_is_reported_by_not_the_speaker(nlp, text, words, answer):
    quote = _speaker_of(nlp, text, words)
    assert (quote.speaker_name, quote.reported_by) == answer
