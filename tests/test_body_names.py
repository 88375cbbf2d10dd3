"""Bodies as a reader names them: whole names, acronyms, spokespeople, and "the company" / "it" / "the
statement" finding who speaks; each case on sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.body_mentions import business, initials, is_acronym, is_mixed_acronym

CASES = [
    ("a body's name is not cut at 'of'",
     "Fees will rise by 8 per cent next year.\n\"Members cannot absorb another increase,\" the Royal College of "
     "Vets said.",
     "Royal College of Vets", "organization"),
    ("a directorate general is a body, not a general",
     "Two ports were closed on Sunday.\n\"The quays will reopen when inspections finish,\" the Directorate General "
     "of Port Safety said.",
     "Directorate General of Port Safety", "organization"),
    ("a body's name joined by 'for' is whole, never the word before it",
     "Work on the interchange has been delayed again.\n\"The contractor has found contaminated soil,\" Transport for "
     "NSW said in a statement.",
     "Transport for NSW", "organization"),
    ("'it' after a body whose name is joined by 'for' is the whole body, not the place the tagger typed a body",
     "A trench collapsed on Monday.\nTransport for NSW said it would review every site. \"Safety comes before any "
     "deadline,\" it said.",
     "Transport for NSW", "organization"),
    ("a body's name joined by 'and' is whole, never its last two words taken for a person",
     "A worker was injured at the site on Monday.\n\"Inspectors attended on Tuesday and issued two notices,\" "
     "Workplace Health and Safety Queensland said.",
     "Workplace Health and Safety Queensland", "organization"),
    ("a minister whose portfolio holds 'and' is the person named after it",
     "The scheme opens in July.\n\"Carers have waited long enough,\" Minister for Health and Ageing Jo Bryce said.",
     "Jo Bryce", "person"),
    ("an acronym joins the name the article spells out before it",
     "The Lagos Waste Management Authority (LWMA) began clearing drains on Monday.\n"
     "\"Residents must stop dumping refuse in the canals,\" the LWMA said.",
     "Lagos Waste Management Authority", "organization"),
    ("an acronym with lower-case letters spelled out in brackets joins the name",
     "Members questioned the Lowveld Water Services Board (LoWSB) over the dry taps in Marula.\n"
     "\"Every borehole will be repaired before the rains,\" LoWSB said.",
     "Lowveld Water Services Board", "organization"),
    ("a mixed-case acronym joins the name its words' first letters spell, never spelled out in brackets",
     "Tube services were suspended on Monday.\nTransport for London apologised to passengers.\n"
     "\"Please allow extra time,\" TfL said.",
     "Transport for London", "organization"),
    ("'it' after 'The RMT union said' is the RMT, as the mention itself is",
     "Services were cut on Monday.\nThe RMT union said staff were exhausted. \"Cuts have consequences,\" it said.",
     "RMT", "organization"),
    ("a spokesperson for an office 'of the' someone keeps the whole office's name",
     "Rents rose again in March.\n\"Tenants need protection,\" said a spokesperson for the Office of the Rent "
     "Commissioner.",
     "Office of the Rent Commissioner spokesperson", "person"),
    ("a candidate's campaign is named without the possessive, as US copy writes it",
     "The race tightened on Monday.\n\"Voters will decide,\" Halvorsen's campaign said in a statement.",
     "Halvorsen campaign", "organization"),
    ("'his campaign' is the campaign of the candidate the pronoun means",
     "Senator Paul Meade trails in the latest poll.\nMeade dismissed the numbers on Tuesday. \"We are right where we "
     "need to be,\" his campaign said.",
     "Meade campaign", "organization"),
    ("an office keeps its owner's possessive",
     "The budget is final.\n\"There will be no new spending,\" the Premier's office said.",
     "Premier's office", "organization"),
    ("a division written in brackets after a ministry's name keeps its closing bracket",
     "ISLAMABAD: Gas supplies to industry will be cut from Monday.\n\"Domestic consumers will be protected,\" the "
     "Ministry of Energy (Petroleum Division) said.",
     "Ministry of Energy (Petroleum Division)", "organization"),
    ("'DfE' is the Department for Education written once in full",
     "Teachers in Leeds will strike next week.\nThe Department for Education said talks would resume.\n"
     "\"We urge the union to call off the action,\" a DfE spokesperson said.",
     "Department for Education spokesperson", "person"),
    ("a body's name with a possessive inside is one name, and its acronym joins it",
     "The Biometrics Commissioner\u2019s Office has fined the gym chain Fitwell \u00a31.3m after members\u2019 "
     "fingerprints were stored without consent.\n\"The company ignored three warnings,\" the BCO said.",
     "Biometrics Commissioner\u2019s Office", "organization"),
    ("a spokesperson for a minister named with the office is the minister's by name alone",
     "Hospital waiting lists grew by 4,000 in October.\nA spokesperson for Health Minister Carol Finnegan said: "
     "\"An extra \u00a340m has been set aside for winter.\"",
     "Carol Finnegan spokesperson", "person"),
    ("'the club' is the club its short name stands for, never the club's television channel",
     "Drummond hails \u2018fearless\u2019 Thistle after Lafferty double sinks Barra\n\n"
     "Glenmuir Thistle manager Ally Drummond praised his side after Joe Lafferty\u2019s double earned a 2-0 win over "
     "Barra Athletic.\n\nThe striker struck twice after the break to lift Thistle into third place in the league, "
     "and Drummond admitted his team had been poor before it.\n\n\u201cThe fans have been brilliant with me,"
     "\u201d Lafferty told Thistle TV.\n\nBarra Athletic boss Liam Doyle said his side had been poor.\n\n"
     "Thistle later confirmed that winger Sean Tully would have a scan. \u201cSean will be assessed this week,"
     "\u201d the club said in a statement.",
     "Glenmuir Thistle", "organization"),
    ("'the agency' is the services body that just spoke",
     "A caller waited three hours for an ambulance on Saturday.\n\nIn a statement, Prairie Ground Ambulance "
     "Services said it had reviewed the call. \u201cEvery crew in the region was committed to a higher-priority "
     "call,\u201d the agency said.",
     "Prairie Ground Ambulance Services", "organization"),
    ("'its submission' to an inquiry is the body that made it",
     "The Hill Country Growers Association told the inquiry that water charges had doubled since 2021. "
     "\u201cFarms that have survived three droughts will not survive this bill,\u201d its submission said.",
     "Hill Country Growers Association", "organization"),
    ("an acronym spelling a body's initials joins it",
     "The Tasman Coastal Protection Commission published its plan on Friday.\n"
     "\"Every harbour will be surveyed by June,\" the TCPC said.",
     "Tasman Coastal Protection Commission", "organization"),
    ("a spokesperson of a body whose name has 'for' and 'and'",
     "Power was cut to 9,000 homes.\nA Department for Energy and Mines spokesperson said: \"Supply was restored "
     "within four hours.\"",
     "Department for Energy and Mines spokesperson", "person"),
    ("an official of a named body, without 'senior'",
     "Forty stalls were removed overnight.\n\"Fines have been issued to every trader,\" a senior KNRA official said.",
     "KNRA official", "person"),
    ("a business the tagger may take for a person is a body",
     "Frozen food maker Arnesen Seafoods will close its plant in Hull.\n"
     "\"This was a painful decision,\" Arnesen Seafoods said.",
     "Arnesen Seafoods", "organization"),
    ("'the company' is the business, not the union that spoke last",
     "Brackley Plastics cut 200 jobs at its Corby plant last year.\n"
     "Workers voted to strike on Monday, the Allied Trades Union said.\n"
     "\"We will keep talking to our staff,\" the company said.",
     "Brackley Plastics", "organization"),
    ("'it said' is the department that spoke just before",
     "Senator Joan Pike said claims at the Department of Rural Affairs had piled up, the Greens said.\n"
     "The department said in a statement it had hired 30 extra staff. \"Every claim will be decided by March,\" "
     "it said.",
     "Department of Rural Affairs", "organization"),
    ("'the Gazette' is the one body named earlier whose name it ends",
     "The Harbour Gazette first reported the closure on Monday.\n"
     "\"We stand by every word,\" the Gazette said on Tuesday.",
     "Harbour Gazette", "organization"),
    ("'the Council' is the council the article named",
     "Kestrel County Council closed the coast road after the landslip.\n"
     "\"The road is not safe and will stay shut,\" the Council said.",
     "Kestrel County Council", "organization"),
    ("'the Party' of two parties named is neither",
     "The Harbour Party and the Valley Party met on Monday.\n\"No deal was made,\" the Party said.",
     "Party", "organization"),
    ("'the statement' is whoever issued it",
     "The Wexford Rangers chairman, Liam Doyle, said in a statement that he would step down.\n"
     "\"It has been the honour of my life,\" the statement said.",
     "Liam Doyle", "person"),
    ("an adverb opening the sentence is no part of a body's name",
     "Later the Chamber of Shipping released a statement calling for talks to \"resume before the harvest.\"",
     "Chamber of Shipping", "organization"),
    ("a body's name the tagger ran on into 'of' and an opening mark ends before them",
     "RESIDENTS have accused Ashvale Borough Council of \u2018pulling the rug from under the town\u2019 after the "
     "authority confirmed the park could be sold.\n\n"
     "The council said it had received 600 letters, and that \u2018every one of them will be read\u2019.",
     "Ashvale Borough Council", "organization"),
    ("a body's name without the word that ends it is the body met by its whole name",
     "\u201cWe got it wrong\u201d: Bank boss apologises over fees\n\n"
     "The chief executive of Lakeshore Federal Bank apologised to customers on Tuesday.\n\n"
     "\u201cI am sorry,\u201d Martin Kell told MPs.\n\n"
     "Lakeshore Federal later said it would refund the fees. \u201cWe let our customers down,\u201d the bank said.",
     "Lakeshore Federal Bank", "organization"),
    ("a body's name without the word that ends it is that body's",
     "The president of Prairie Federal Bank apologized on Thursday for closing 19 rural branches.\n\n"
     "\u201cWe are committed to every community we serve,\u201d Prairie Federal said in a written statement.",
     "Prairie Federal Bank", "organization"),
    ("a body's noun capitalised only as it opens a sentence is the body named before, no body called 'Council'",
     "A row broke out in the Glenmorran Council chamber on Thursday after councillors voted to close a library.\n\n"
     "Council leader Ewan Reid said the authority had \u201cno painless options left\u201d.\n\n"
     "The chairwoman of Kilbarchan Community Council, Isla Faulds, said residents would not give up.\n\n"
     "A council spokeswoman said: \u201cThe council has had to take difficult decisions.\u201d",
     "Glenmorran Council spokesperson", "person"),
    ("a utility named for what it supplies ('Northfield Gas') is the business 'the company' means",
     "Northfield Gas has apologised after 30,000 homes lost supply for two days.\n\n"
     "\u201cWe are deeply sorry,\u201d the company said.",
     "Northfield Gas", "organization"),
    ("'it' after a government office named in lower case by its country and topic is that office, by its name",
     "TOKYO (Reuters) - Japan\u2019s defence ministry said on Friday that two warships had sailed between the "
     "islands. \u201cWe are monitoring the situation closely,\u201d it said in a statement.",
     "Japanese Ministry of Defense", "organization"),
    ("a word of a body's name that is also a headline's verb ('Claims') does not cut it in prose",
     "The Small Claims Tribunal ruled against the landlord on Monday.\n\n"
     "\u201cThe deposit must be returned in full,\u201d the Small Claims Tribunal said.",
     "Small Claims Tribunal", "organization"),
    ("an acronym of a body whose name ends in 'Center' is that body, no person",
     "The National Hurricane Center (NHC) upgraded the storm on Tuesday.\n\n"
     "\u201cResidents should finish preparations now,\u201d the NHC said.",
     "National Hurricane Center", "organization"),
    ("a body the tagger names is no slip for a person's surname one doubled letter away",
     "Two shop owners, Tom Phillips and Owen Lusk, spoke at the meeting.\n\n"
     "\u201cWe are delighted,\u201d said Philips, the Dutch electronics firm that bought the site.",
     "Philips", "organization"),
    ("'the ministry' after the same office is that office",
     "Japan\u2019s defence ministry said on Friday that two warships had sailed between the islands.\n\n"
     "\u201cWe are monitoring the situation closely,\u201d the ministry said.",
     "Japanese Ministry of Defense", "organization"),
    ("a headline's 'Ex-' before a body's name is no word of it",
     "Ex-Millbrook Township treasurer charged with theft\n\nIn a statement posted on its website, the township said "
     "it had adopted \"new controls on every account\".",
     "Millbrook Township", "organization"),
    ("a relative clause after a body's name is no part of it",
     "Port protest\n\nMeanwhile, the Syro-Malabar Archdiocese of Thrissur, which has led the fishers\u2019 agitation "
     "since 2022, said the state had \u201cbroken every promise\u201d.",
     "Syro-Malabar Archdiocese of Thrissur", "organization"),
    ("a body's name stops before 'and' a person named by their role",
     "Selection row\n\nLAHORE: A row between the Pakistan Hockey Federation and Test captain Waqas Bhatti "
     "deepened on Friday.\n\n\u201cNo player is bigger than the team,\u201d the PHF said.",
     "Pakistan Hockey Federation", "organization"),
    ("an acronym spells a body's name the tagger took for a place",
     "Test squad named\n\nNew Zealand Rugby confirmed the lock would miss the tour.\n\n\u201cHe is recovering well "
     "and will be back for the autumn,\u201d NZR said in a statement.",
     "New Zealand Rugby", "organization"),
    ("a bracketed acronym whose letters spell another language's name stands for the body before it",
     "Bribery case\n\nThe Special Investigation Service (STT) said it had detained a deputy mayor.\n\n"
     "\u201cThe investigation continues,\u201d the STT said in a statement.",
     "Special Investigation Service", "organization"),
    ("a bracketed acronym spells a name with accents and small words",
     "Blackouts\n\n\u00c9lectricit\u00e9 du Liban (EDL) said its fuel would run out on Thursday.\n\n"
     "\u201cReserves will not last beyond Thursday,\u201d EDL said.",
     "\u00c9lectricit\u00e9 du Liban", "organization"),
    ("a bracketed acronym whose letters spell only the end of the name stands for the whole",
     "Appeal\n\nThe Royal Moroccan Football Federation (FRMF) said it would appeal.\n\n"
     "\u201cAny club that breaks the rules will be punished,\u201d it said.",
     "Royal Moroccan Football Federation", "organization"),
    ("a name of one word set beside a noun for a business is a body, and 'the company' after it is that body",
     "Power cuts\n\nThe Ukrainian Air Force said it had shot down 47 drones overnight.\n\nUkrenergo, the national grid "
     "operator, said repair crews were working.\n\n\u201cThe situation remains difficult,\u201d the company said.",
     "Ukrenergo", "organization"),
    ("a name of one word followed by 'which' is a body",
     "Gas prices\n\nMoldova's government approved the new tariff on Monday.\n\nMoldovagaz, which operates the "
     "distribution network, said bills would rise.\n\n\u201cEvery degree counts,\u201d the company said.",
     "Moldovagaz", "organization"),
    ("'council said' with no article, as Australian papers write it, is the council 'it' then means",
     "Rates rise\n\nMulgrave Highlands Regional Council voted on Tuesday to lift rates by 9.5 per cent. The Mulgrave "
     "Highlands Ratepayers Association called the rise \u201ca kick in the guts\u201d.\n\nIn a statement issued after the "
     "meeting, council said the rise was needed to fix roads. \u201cCouncil understands this is a difficult time for many "
     "households,\u201d it said.",
     "Mulgrave Highlands Regional Council", "organization"),
    ("a document is the words of the one its possessive names",
     "Bus changes\n\nThe number 3 route will be cut in March. The Ministry of Transport's report said the route was "
     "\u201cno longer viable\u201d.",
     "Ministry of Transport", "organization"),
    ("a name after a noun for a business is the body 'the company said' reports on, and its statement's",
     "ALGIERS - National hydrocarbons company Sonatrach on Tuesday signed a $4.2 billion contract with a consortium led by "
     "Korean engineering group Hanseong E&C to boost output at the gas field, the company said in a statement.\n\n"
     "The project will allow the field to \u201cmaintain its production plateau until at least 2040,\u201d the statement said.",
     "Sonatrach", "organization"),
    ("initials written in mixed case are a body's, whom 'it' then means, never a person's name",
     "Tube strike\n\nThe RMT union said the failure showed the need for more staff. \u201cCuts have consequences,\u201d "
     "the union said.\n\nServices resumed before 10am, but TfL said some trains would be busier than usual. "
     "\u201cPlease allow extra time,\u201d it said.",
     "TfL", "organization"),
    ("a British department written as one word is a body, not a person",
     "Flood payments\n\nThe National Farmers' Union said members were still waiting.\n\nDefra said more than 1,100 "
     "applications had been received. \u201cOur priority is to get money to those who need it,\u201d it said.",
     "Defra", "organization"),
    ("'the union' before any union is named is the one union the article names",
     "Strike at Uis mine\n\nTalks at the tin mine broke down on Friday, with the union accusing management of offering "
     "\u201can insult to every family in Uis\u201d.\n\nThe Mineworkers Union of Namibia is demanding a housing allowance.",
     "Mineworkers Union of Namibia", "organization"),
    ("a body's name before its 'of', after the full name",
     "Bank closed\n\nThe Central Bank of Lesotho revoked the lender's licence in March. At the time, the Central Bank "
     "said the lender had \u201crepeatedly broken\u201d the rules.",
     "Central Bank of Lesotho", "organization"),
    ("a headline's body named in full below",
     "National Bank holds rate at 7%, citing \u2018sticky\u2019 prices\n\nLILONGWE \u2014 The National Bank of Malawi "
     "kept its policy rate unchanged on Thursday.",
     "National Bank of Malawi", "organization"),
    ("analysts at a firm the tagger took for a person speak for the firm",
     "Calder shares jump\n\nAnalysts at Harcourt Lyle said in a note that a bid would be \u201ccomfortably north of "
     "480p\u201d.",
     "Harcourt Lyle", "organization"),
    ("an acronym in brackets made of the openings of the name's words stands for that name",
     "Fire on the mountain\n\nThe blaze was first reported by Serengeti Highland Parks (SEHIPA) on Monday. "
     "\u201cThe fire is now under control,\u201d SEHIPA said.",
     "Serengeti Highland Parks", "organization"),
    ("a bracketed short name spelling a small word of the name stands for it, 'it' too",
     "Graft probe\n\nThe Commission to Investigate Allegations of Bribery or Corruption (CIABOC) opened a case on "
     "Tuesday. \u201cNo office holder is above the law,\u201d it said.",
     "Commission to Investigate Allegations of Bribery or Corruption", "organization"),
    ("a short name written as a word that spells the openings of the name's words",
     "Prices\n\nThe Federation of Lowland Consumers Associations (Folca) warned that bread prices would rise. "
     "\u201cFamilies cannot absorb another increase,\u201d Folca said.",
     "Federation of Lowland Consumers Associations", "organization"),
    ("'St' opening a body's name before its acronym, which the tagger left out",
     "Power cuts\n\nSt Lucia Electricity Services Limited (LUCELEC) apologised on Monday for the cuts. "
     "\u201cWe regret the inconvenience to our customers,\u201d the company said.",
     "St Lucia Electricity Services Limited", "organization"),
    ("a place named by a possessive opens a body's name",
     "Orchards\n\nGrowers want a new dam. Hawke\u2019s Bay Regional Council said it would \u201ccheck the modelling "
     "again\u201d before a vote.",
     "Hawke\u2019s Bay Regional Council", "organization"),
    ("a possessive place's body, written with a straight mark and 'the'",
     "Beds\n\nWards are full. The Hawke's Bay District Health Board said the pressure was \u201cunprecedented\u201d.",
     "Hawke's Bay District Health Board", "organization"),
    ("an office written before its holder's name is no body",
     "Robberies\n\nCommissioner of Police Desmond Rolle yesterday warned the gang that detectives were \u201cclosing "
     "in\u201d.",
     "Desmond Rolle", "person"),
    ("Ireland's police named in Irish is a body with its article, not a person after the rank 'Garda'",
     "Burglars targeted older people living alone in north Galway.\n\nIn a statement, An Garda Síochána said "
     "it was following a definite line of inquiry. \u201cWe are appealing for witnesses,\u201d it said.",
     "An Garda Síochána", "organization"),
    ("a body's role with the body's possessive is the body's role by name, without the possessive",
     "The pool will reopen in March.\n\nSouthland District Council's chief executive said the repairs were "
     "\u201cmoney well spent\u201d.",
     "Southland District Council chief executive", "organization"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_speaker(speakers, text, name, kind):
    assert speakers(text, kinds=True)[-1:] == [(name, kind)]


def test_a_body_s_initials_written_alone_are_no_person_s_name(speakers):
    text = ("Storm live\n\nKey events\n\u2018Keep off the coast road\u2019 \u2013 PSNI\nFerries cancelled\n\n14:10\n"
            "Sergeant Niamh Corr said: \u201cKeep off the coast road until the wind drops.\u201d\n")
    assert speakers(text, saying="coast road", kinds=True) == [("PSNI", "organization"), ("Niamh Corr", "person")]


def _resolved(nlp, text: str, words: str):
    """How the article's speaker book resolves the mention `words` (its last token the head)."""
    from quotes.extract.attribution import context_of
    from quotes.extract.marks import scan
    from quotes.extract.speaker_book import SpeakerBook

    doc = nlp(text)
    layout = context_of(doc, scan(text), text).layout
    span = doc.char_span(text.index(words), text.index(words) + len(words))
    book = SpeakerBook(doc, text, layout.outside, layout.para_of)
    return book.resolve(span.start, span.end, span.end - 1)


@pytest.mark.parametrize("text,mention,name", [
    ("The Kestrel Bay Ferry Company issued a statement saying the crossing was \"safe in all but the worst weather.\"",
     "a statement", "Kestrel Bay Ferry Company"),
    ("Councillor Ruth Ogundipe sent a letter to residents calling the closure \"a betrayal of the whole estate.\"",
     "a letter", "Ruth Ogundipe"),
    ("The union put out a statement saying the offer was \"an insult.\"", "a statement", "union"),
    ("The judge read a statement from the family. It said they were \"broken by the loss.\"", "a statement",
     "statement"),  # read out, not issued: the judge's words they are not
])
def test_a_document_someone_issued_speaks_for_them(nlp, text, mention, name):
    assert _resolved(nlp, text, mention).name == name


def test_the_agency_of_a_dateline_is_no_one_it_means(speakers):
    text = ("TOKYO (Reuters) - Two warships sailed between the islands on Friday, officials said. "
            "\u201cWe are monitoring the situation closely,\u201d it said.")
    assert speakers(text) == [None]  # (the quotation is found; the agency did not say it)


def test_a_relative_clause_on_quoted_words_names_no_one(nlp):
    text = ("The two leaders issued a statement calling the talks a \"useful first step toward a deal\" "
            "that showed \"a shared wish to end the dispute.\"")
    assert _resolved(nlp, text, "that").name is None


@pytest.mark.parametrize("acronym,words,spelled", [
    ("TANAPA", ["Tanzania", "National", "Parks"], True),
    ("CIABOC", ["Commission", "to", "Investigate", "Allegations", "of", "Bribery", "or", "Corruption"], True),
    ("Fomca", ["Federation", "of", "Malaysian", "Consumers", "Associations"], True),
    ("SBB", ["Swiss", "Federal", "Railways"], False),
    ("TNPX", ["Tanzania", "National", "Parks"], False),
    ("NP", ["National", "Parks"], False),
    ("NAPA", ["the", "National", "Parks"], False),
])
def test_an_acronym_spelled_by_the_openings_of_words(acronym, words, spelled):
    from quotes.extract.body_mentions import spelled_by_openings

    assert spelled_by_openings(acronym, words) is spelled


def test_acronyms_and_initials():
    assert initials("Australian Competition and Consumer Commission") == "ACCC"
    assert initials("Bruhat Bengaluru Mahanagara Palike") == "BBMP"
    assert is_acronym("ACCC") and not is_acronym("Accc") and not is_acronym("A")
    assert is_mixed_acronym("TfL") and is_mixed_acronym("DoH") and not is_mixed_acronym("ACCC")
    assert not is_mixed_acronym("Tom") and not is_mixed_acronym("TfL2")


@pytest.mark.parametrize("name,is_business", [
    ("Halvorsen Foods", True),
    ("Carrach Angling Club", False),
    ("Transportation Safety Board of Canada", False),
    ("Aberlour and District Community Council", False),
    ("Bank of Ireland", True),
])
def test_what_the_company_may_mean(name, is_business):
    assert business(name) is is_business


def test_a_datelines_bracketed_agency_run_into_a_name_is_cut_off():
    # "Taipei, May 14 (CNA) Formosa Microdevices Corp. said …", the tagger's body holding "CNA)"
    import spacy
    from spacy.tokens import Doc

    from quotes.extract.body_mentions import entities

    words = ["Taipei", ",", "May", "14", "(", "CNA", ")", "Formosa", "Microdevices", "Corp.", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              ents=["B-GPE", "O", "B-DATE", "I-DATE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert (7, 10, "ORG") in entities(doc)
    assert not any(start <= 6 < end and label == "ORG" for start, end, label in entities(doc))
    whole = Doc(spacy.blank("en").vocab, words=["The", "Mining", "Service", "(", "Sernageomin", ")", "said"],
                ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert entities(whole)[0][:2] == (1, 6)  # a bracket the name opens itself stays


def test_the_union_stays_unnamed_where_the_article_names_two(speakers):
    text = ("Strike at Uis mine\n\nTalks broke down on Friday, with the union accusing management of offering "
            "\u201can insult to every family in Uis\u201d.\n\nThe Mineworkers Union of Namibia and the Metal and Allied "
            "Namibian Workers Union both back the strike.")
    assert speakers(text) == ["union"]


def test_a_name_after_a_business_noun_that_a_who_clause_describes_is_a_person(speakers):
    text = ("Road works\n\nThe Leader of the Opposition, Hon. Jerome Lafeuille, said the government had \u201crun out "
            "of excuses\u201d.\n\nMotorists say the road is worse. Taxi operator Wesley Charles, who drives the airport "
            "route, said he had replaced four tyres since March. \u201cSome days it feels like driving on the moon,"
            "\u201d he said.")
    assert speakers(text, saying="moon", kinds=True) == [("Wesley Charles", "person")]


def test_police_before_a_country_is_a_force_the_force_stands_for(speakers):
    text = ("Walker dies on Ben Lawers\n\nA man has died after falling near the summit on Saturday.\n\n"
            "Police Scotland said his death was not being treated as suspicious. In a statement, the force said "
            "\u201cinquiries are ongoing\u201d.")
    assert speakers(text) == ["Police Scotland"]


@pytest.mark.parametrize("official, body", [
    ("An official at the grid operator Voltaneg", "Voltaneg official"),
    ("An official at the municipality", "Ruwais Municipality official"),
])
def test_an_official_at_a_body_is_that_body_s_official(speakers, official, body):
    text = ("Parking permits\n\nRuwais Municipality said residents could apply for a seasonal permit online. "
            "Voltaneg, the grid operator, said supply was stable.\n\n"
            f"{official}, who asked not to be named, said it had received \u201cmore than 800 applications\u201d.")
    assert speakers(text) == [body]


def test_a_name_set_beside_a_union_is_the_unions_however_the_tagger_typed_it(speakers):
    text = ("Ferry strike\n\nThe union representing ferry crews, Nautilus Channel, said its members would strike on "
            "Friday.\n\n\u201cOur members have had enough,\u201d the union said.\n")
    assert speakers(text) == ["Nautilus Channel"]
    leader = ("Ferry strike\n\nThe union representing ferry crews, Tom Kerruish, said members would strike.\n\n"
              "\u201cEnough is enough,\u201d Mr Kerruish said.\n")
    assert speakers(leader) == ["Tom Kerruish"]


def test_the_subject_a_name_is_set_beside_through_a_clause_speaks_as_that_name(speakers):
    text = ("Ferries tied up\n\nThe union representing ferry crews, Nautilus Channel, said its members had worked "
            "\u201cround the clock\u201d to secure vessels in harbour.\n")
    assert speakers(text) == ["Nautilus Channel"]


def test_two_places_joined_by_and_before_a_council_are_its_name(speakers):
    text = ("Parking plan deferred\n\nA proposal was sent back to committee after a heated debate at Causeway Coast and "
            "Glens Borough Council.\n\n\u201cWe will look again,\u201d a council spokesperson said.\n")
    assert speakers(text) == ["Causeway Coast and Glens Borough Council spokesperson"]
    between = ("Talks stall\n\nTalks between Leeds and Bradford Council broke down on Monday.\n\n"
               "\u201cIt is over,\u201d the council said.\n")
    assert speakers(between) == ["Bradford Council"]


def test_a_spokesperson_for_an_office_whose_holder_is_named_beside_it_speaks_for_the_holder(speakers):
    text = ("Factory to close\n\nThe plant in Portadown will close in March with the loss of 300 jobs.\n\n"
            "A spokesperson for the Economy Minister, Pádraig Ó Ceallaigh, said he was \u201cdeeply concerned\u201d.\n")
    assert speakers(text) == ["Pádraig Ó Ceallaigh spokesperson"]


def test_names_beside_a_singular_object_or_a_place_after_in_stay_as_they_were(speakers):
    coalition = ("Rally\n\nThe coalition backing the governor, Obaseki, held a rally on Sunday. "
                 "\u201cWe will win this election,\u201d Obaseki said.\n")
    assert speakers(coalition, kinds=True) == [("Obaseki", "person")]
    flooding = ("Rain\n\nFlooding in Leeds and Bradford Council tenants were moved overnight. "
                "\u201cStay home,\u201d a council spokesperson said.\n")
    assert speakers(flooding) == ["Bradford Council spokesperson"]
    lower = ("Jobs\n\nThe plant will close in March.\n\nA spokesperson for the economy minister, Pádraig Ó Ceallaigh, "
             "said he was \u201cdeeply concerned\u201d.\n")
    assert speakers(lower) == ["Pádraig Ó Ceallaigh spokesperson"]
