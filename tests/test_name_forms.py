"""A person's name as the article writes it, made canonical: a quoted nickname inside it, honorifics
of several countries and abbreviated titles before it, particles and hyphenated given names inside it,
and later short forms joined to it. Sentences written for the test; fictional people."""
from __future__ import annotations

import pytest

CASES = [
    ("a Japanese given name the tagger ran into a place still gives the surname its full name",
     "Tigers lose in tenth\n\nVeteran catcher Toru Nakahara, 37, said the pitch had been where they wanted it.\n\n"
     "\u201cHe is not afraid of anybody, and that is why he is our closer,\u201d Nakahara said.",
     "not afraid", "Toru Nakahara"),
    ("a double surname alone, also in the headline, is the woman named in full with it",
     "Gómez Ruiz and Villalobos trade blows in last Jalisco debate\n\nGUADALAJARA – The two front-runners "
     "for governor of Jalisco clashed over water and security on Thursday in the last debate before the "
     "election.\n\nMariana Gómez Ruiz, the candidate of the governing coalition, promised to finish the "
     "aqueduct within two years. “Guadalajara will not be left without water,” she said.\n\nAndrés "
     "Villalobos Treviño, a former mayor of Zapopan, said the aqueduct had been promised by three "
     "governors already. “Every six years somebody sells us the same pipe,” Villalobos said.\n\nGómez Ruiz, "
     "44, hit back over a rise in disappearances in Zapopan during his term. “You want to talk about "
     "promises? Talk to the mothers who are still searching,” she said.\n\nAsked afterwards whether she was "
     "worried by the polls, Gómez Ruiz smiled. “Worried, no. Awake, yes,” she said.\n",
     "Talk to the mothers", "Mariana Gómez Ruiz"),
    ("'Councilmember' is a title, no part of the name",
     "Councilmember Rosa Delgado wrote the ordinance.\n"
     "\u201cI am not willing to wait for a fifth,\u201d Delgado said.",
     "I am not willing", "Rosa Delgado"),
    ("Uganda's 'Hajat' is an honorific, after an engineer's 'Eng.' too",
     "The State Minister for Works, Eng. Hajat Sarah Nansubuga, told reporters that Uganda had \u201cno intention "
     "of leasing the port\u201d.",
     "no intention", "Sarah Nansubuga"),
    ("'MK' (a member of the Knesset) is no part of the name",
     "Opposition lawmaker MK Yoav Kessler called the budget unfair.\n"
     "\u201cEvery shekel taken from Sderot will be needed later,\u201d Kessler said.",
     "Every shekel", "Yoav Kessler"),
    ("a title before a surname with the Arabic article keeps the article",
     "Dr Samira al-Khatib leads the museum's cuneiform collection.\n"
     "\u201cNow scholars can hold it,\u201d Dr al-Khatib said.",
     "Now scholars", "Samira al-Khatib"),
    ("a surname written without the Arabic article finds the full name",
     "Mustafa al-Janabi, a retired guard, watched from the front row.\n"
     "\u201cNobody believed me when I said it would come back,\u201d Janabi said.",
     "Nobody believed", "Mustafa al-Janabi"),
    ("a quoted nickname is no part of the name, and the surname later finds the full name",
     "Veteran trainer Clive \u201cSmokey\u201d Barrett has retired after forty years at the track.\n"
     "\u201cI have had enough early mornings for one lifetime,\u201d Barrett said.",
     "I have had", "Clive Barrett"),
    ("a nickname after a courtesy title and a given name the title took alone",
     "Cricket\n\nSpring Garden coach Mr Trevor \u2018Chalky\u2019 Moseley did not hide his frustration. "
     "\u2018We batted like we had a bus to catch,\u2019 he said.",
     "We batted", "Trevor Moseley"),
    ("a portfolio's last word is no word of the minister's name",
     "Plant to close\n\nMinister of State for Trade Promotion Aisling Reddan TD described the news as "
     "\u201ca blow to the region\u201d.",
     "a blow", "Aisling Reddan"),
    ("the part of a city an officer's office covers is no word of the name",
     "Robbers held\n\nAddressing a press conference at his office, SSP East Qamar Abbas Jatoi said the suspects had "
     "been traced. \u201cThis was not their first robbery,\u201d he said.",
     "This was not", "Qamar Abbas Jatoi"),
    ("the part of a city after an officer's initials leaves a given name the tagger left out in the name",
     "X\n\nAddressing reporters, DC South Rafiqul Alam Chowdhury said: \u201cThree officers have been withdrawn "
     "pending the inquiry.\u201d",
     "Three officers", "Rafiqul Alam Chowdhury"),
    ("an office held for a place with a possessive in its name, then a title, then the name: 'the mayor' is the holder",
     "Beach\n\nThe meeting was chaired by Mayor of St Ann\u2019s Bay Councillor Michael Belnavis-Reid.\n\n"
     "\u201cI am not going to wait,\u201d the mayor said.",
     "I am not", "Michael Belnavis-Reid"),
    ("an occupation's holder the tagger typed a building's, the name going on to the word its words are compounds of",
     "Lawyers\n\nHuman rights lawyer Asma Bibi Jadoon welcomed the helpline. \u201cRegistration of an FIR is a "
     "right,\u201d she said.",
     "Registration", "Asma Bibi Jadoon"),
    ("a listed given name the tagger typed a people's opens the name it stands before",
     "Wheat\n\nThe Pakistan Flour Mills Association welcomed the statement. \u201cStability in wheat prices is good "
     "for mills,\u201d the association\u2019s central chairman, Asim Raza Sheikh, said.",
     "Stability", "Asim Raza Sheikh"),
    ("a point of the compass ending a name after initials is the surname",
     "Hurling\n\nThe club mourned its former captain.\n\nJJ North, his former teammate, said: \u201cHe was the best "
     "of us.\u201d",
     "He was the best", "JJ North"),
    ("a nickname the tagger splits off the name; the role noun later finds the person, not the nickname",
     "Harbour Rovers head coach Desmond \"Tank\" Walcott said the title was a reward for a long season.\n"
     "\"Nobody complained once, not even in the rain,\" the coach said.",
     "Nobody complained", "Desmond Walcott"),
    ("a Malaysian honorific of two words before a surname-first name; the surname alone later",
     "Port Dickson Marine Bhd chairman Tan Sri Yap Chee Keong apologised to the fishermen on Monday. "
     "\"We should have told the villages before the dredging began,\" Yap said.",
     "We should", "Yap Chee Keong"),
    ("a Malay name shortened to its first two words",
     "The state health director, Datuk Seri Ahmad Rizal Hashim, ordered the ward closed. "
     "\"The patients have been moved to the district hospital,\" Ahmad Rizal said.",
     "The patients", "Ahmad Rizal Hashim"),
    ("a Nigerian honorific that also tells the gender",
     "The market women's leader, Alhaja Funmilayo Adebayo, led the march to the council offices. "
     "\"We have paid these levies for ten years and we have no toilets,\" she said.",
     "We have paid", "Funmilayo Adebayo"),
    ("an Irish head of government's title before the name",
     "\"The scheme will be extended to every county by the summer,\" Taoiseach Fergal Ruane said.",
     "The scheme", "Fergal Ruane"),
    ("a title abbreviated with a full stop keeps its sentence and is no part of the name",
     "\"The bridge has been closed for a year and nobody has told us why,\" said Coun. Teresa Okafor.",
     "The bridge", "Teresa Okafor"),
    ("an abbreviated title before an abbreviated given name, which stays",
     "\"The deadline stands,\" agency spokesperson Atty. Ma. Luisa Fernandez told reporters.",
     "The deadline", "Ma. Luisa Fernandez"),
    ("a minister's office between the title and the name",
     "Minister of Health Claudette Rowe-Simpson, who opened the new ward, said: "
     "\"Patients will be seen here within the hour.\"",
     "Patients will", "Claudette Rowe-Simpson"),
    ("a lower-case particle inside a family name",
     "The union's negotiator, Pieter van Dijk, walked out of the talks. \"There is nothing left to discuss,\" "
     "van Dijk said.",
     "There is nothing", "Pieter van Dijk"),
    ("an English given name before a Hong Kong name: the surname in the middle later",
     "Senior counsel Vincent Lam Man-lok told the court his client had been provoked. "
     "\"He had been followed home three nights in a row,\" Lam said.",
     "He had been", "Vincent Lam Man-lok"),
    ("a hyphenated given name with a lower-case second part stays whole",
     "The cook, Tam Wai-keung, said he had complained about the gas leak twice. "
     "\"Nobody came to check it,\" Tam said.",
     "Nobody came", "Tam Wai-keung"),
    ("a Māori doctor's style 'Tākuta' is no part of the name, also before the surname alone",
     "Tākuta Mereana Haretuku opened the clinic in Kaikohe on Monday.\n\n"
     "\u201cOur old people waited a long time for this,\u201d Tākuta Haretuku said.",
     "Our old people", "Mereana Haretuku"),
    ("'Kaumātua' before a surname is the elder named in full before with 'Matua'",
     "Matua Rāwiri Tuhiwai blessed the new bridge at dawn.\n\n"
     "\u201cThe stream remembers everything,\u201d Kaumātua Tuhiwai said.",
     "stream remembers", "Rāwiri Tuhiwai"),
    ("'Kahurangi', a style and a given name, goes before two words of name",
     "Kahurangi Hinewai Poutama led the waiata. \u201cI am the river and the river is me,\u201d she said.",
     "I am the river", "Hinewai Poutama"),
    ("a waka ama crew's 'Steerer' is a job before the name",
     "Steerer Aroha Tūwhare-Kemp said the crew had trained since June. \u201cAsk me tomorrow,\u201d she said.",
     "Ask me tomorrow", "Aroha Tūwhare-Kemp"),
    ("a junior hockey 'Overager' is a job before the name",
     "Broncos edge Warriors\n\nOverager Brody Lisowski scored twice on Friday. \u201cIt has been a long road,\u201d he said.",
     "long road", "Brody Lisowski"),
    ("'Te' opening a given name after an office's words in te reo ('Maangai Māori')",
     "Hapū left out\n\nMaangai Māori Te Kani Whitinui told councillors the iwi had not been consulted. "
     "\u201cWe are at the table but not always heard,\u201d Whitinui said.",
     "not always heard", "Te Kani Whitinui"),
    ("initials in capitals after a judge's title open the name ('Justice AKM …')",
     "Writ heard\n\nThe bench of Justice AKM Rafiqul Talukder and Justice Sanjida Nasrin Mitu passed the order. "
     "\u201cShow us the map, not promises,\u201d Justice Talukder said.",
     "not promises", "AKM Rafiqul Talukder"),
    ("'Md' and a given name the tagger left out, after a long office",
     "Mango trucks\n\nRajshahi Superintendent of Police Md Rafiqul Islam Chowdhury said checkpoints had been removed. "
     "\u201cNobody has any right to stop a mango truck,\u201d he said.",
     "mango truck", "Md Rafiqul Islam Chowdhury"),
    ("a name opening with 'Md' that the tagger typed a body's is a person's",
     "Budget debate\n\nLater in the evening, independent lawmaker Md Khairul Anam Shimul called the amnesty "
     "\u201ca reward for thieves\u201d. \u201cIf you steal and pay 15 percent, you are clean,\u201d Shimul said.",
     "you are clean", "Md Khairul Anam Shimul"),
]


@pytest.mark.parametrize("text,said,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_canonical_name(speakers, text, said, name):
    assert speakers(text, saying=said, kinds=True)[:1] == [(name, "person")]


def test_a_quoted_nickname_is_no_quotation(nlp):
    from quotes.extract import extract_quotes

    text = ("Veteran trainer Clive \u201cSmokey\u201d Barrett has retired after forty years at the track.\n"
            "\u201cI have had enough early mornings for one lifetime,\u201d Barrett said.")
    assert [q.text for q in extract_quotes(text, nlp=nlp)] == ["I have had enough early mornings for one lifetime,"]


@pytest.mark.parametrize("honorific", ["Tan Sri", "Datuk Seri", "Dato' Sri", "Alhaji", "Hon.", "the Rt Revd",
                                       "the Venerable", "the Very Rev", "Matua", "Whaea", "Mma", "Rra", "Khun", "Odikro",
                                       "Hajjat", "the Rev. Canon", "Archdeacon", "Mgr", "Hadji", "Datu",
                                       "Kuia", "Tuai Rumah", "Ezinne"])
def test_honorifics_are_stripped_from_the_front(nlp, honorific):
    from quotes.extract.person_mentions import name_in

    doc = nlp(f"The reply came from {honorific} Kamal Osei yesterday.")
    start = next(t.i for t in doc if t.text == "from") + 1
    end = next(t.i for t in doc if t.text == "Osei") + 1
    assert name_in(doc, start, end) == "Kamal Osei"


def test_a_long_office_s_last_topic_is_no_word_of_the_holder_s_name(speakers):
    text = ("Champs ends\n\nMinister of Culture, Gender, Entertainment and Sport Olivia Grange-Hutchinson, who "
            "presented medals, described Champs as \u201cthe heartbeat of Jamaican athletics\u201d.")
    assert speakers(text) == ["Olivia Grange-Hutchinson"]


def test_a_surname_the_tagger_takes_for_a_plural_noun_is_the_one_named_in_full(speakers):
    text = ("Sharks win\n\nKenneth Dalumpines scored 34 points for the Sharks.\n\nVBL commissioner Ferdinand Gica "
            "said the crowd was \u201ca record\u201d.\n\n\u201cCebuano fans want local players,\u201d Gica said.\n\n"
            "Asked about the MVP race, Dalumpines only smiled. \u201cChampionship ra akong gusto,\u201d he said.")
    assert speakers(text)[-1] == "Kenneth Dalumpines"


@pytest.mark.parametrize("name", ["Bai Ling", "Bai Hong Wei"])
def test_the_chinese_family_name_bai_stays(speakers, name):
    text = f"Singer opens fiesta\n\nSinger {name} opened the fiesta. \u201cI love this town,\u201d Bai said."
    assert speakers(text) == [name]


def test_a_surname_like_tan_stays_when_no_longer_honorific_follows(nlp):
    from quotes.extract.person_mentions import name_in

    doc = nlp("The reply came from Tan Ah Kow yesterday.")
    assert name_in(doc, 4, 7) == "Tan Ah Kow"


def test_abbreviated_titles_are_one_token_in_their_sentence(nlp):
    doc = nlp("\"We will appeal,\" said Supt. Ewan Douglas of the regional police.")
    supt = next(t for t in doc if t.text.startswith("Supt"))
    assert supt.text == "Supt." and not doc[supt.i + 1].is_sent_start


def test_a_name_after_a_clergy_style_in_a_body_entity_is_a_person(nlp):
    from quotes.extract.person_mentions import person_in_entity

    doc = nlp("The Dean of Ashcombe, the Very Rev Ann Telford, said the appeal had raised enough.")
    start = next(t.i for t in doc if t.text == "Very") - 1
    end = next(t.i for t in doc if t.text == "Telford") + 1
    assert person_in_entity(doc, start, end) == (end - 2, end)


def test_an_undersheriff_title_the_tagger_put_in_the_name_is_no_part_of_it(nlp):
    from spacy.tokens import Span

    from quotes.extract import core

    text = ("Undersheriff Carla Menendez said the cell had been checked, but that a lock had been \u201cfaulty for "
            "weeks.\u201d \u201cA repair had been requested. It was never done,\u201d she said.")
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 3, label="PERSON")]  # (as the tagger reads it in some articles)
    assert {q.speaker_name for q in core.quotes_in(doc, text, choose=core.rules_choice)} == {"Carla Menendez"}


def test_a_maori_elders_honorific_is_no_part_of_the_name(speakers):
    text = ("Matua Hemi Rangitane opened the meeting at the marae.\n"
            "\u201cThe river was our food basket,\u201d Matua Hemi said.\n"
            "Whaea Ngaio Kereama, who runs the kōhanga, agreed. \u201cOur babies swam here,\u201d she said.")
    assert speakers(text) == ["Hemi Rangitane", "Ngaio Kereama"]


def test_a_chiefs_style_that_is_also_a_given_name_goes_only_before_two_words_of_name(speakers):
    text = ("Kgosi Tumelo Seane, the village chief, chaired the meeting. \u201cWe are tired,\u201d Seane said.\n"
            "The analyst Kgosi Dube was less sure. \u201cNothing will change before May,\u201d Dube said.")
    assert speakers(text) == ["Tumelo Seane", "Kgosi Dube"]


@pytest.mark.parametrize("calling", ["Sharemilker", "Beneficiary", "Recipient"])
def test_a_noun_for_what_someone_is_opening_the_sentence_is_no_word_of_the_name(speakers, calling):
    text = (f"Dairy payout lifted\n\n{calling} Ben Tollers, who milks 300 cows near Kinloch, said he was relieved. "
            "\u201cWe will fix the tractor,\u201d he said.")
    assert speakers(text) == ["Ben Tollers"]


def test_a_given_name_not_known_as_one_before_a_known_one_stays(speakers):
    # (a first word with no noun's ending, or none the lexicon knows, may be a given name: "Dil Maya Rokaya")
    text = ("Village water\n\nBirkett Ben Tollers, who milks 300 cows near Kinloch, said he was relieved. "
            "\u201cWe will fix the tractor,\u201d he said.")
    assert speakers(text) == ["Birkett Ben Tollers"]


def test_a_given_name_after_a_people_s_noun_joins_the_name_after_it(speakers):
    # the tagger took "Frenchman Didier" for a body's name and "Laurent Mabille" for a person's
    text = ("Cup preview\n\nBenin\u2019s coach, Frenchman Didier Laurent Mabille, said on Monday that his team had "
            "\u201cnothing to lose\u201d.")
    assert speakers(text) == ["Didier Laurent Mabille"]


def test_a_doubles_pair_written_with_a_hyphen_is_two_people(speakers):
    text = ("Pair out\n\nNational doubles pair Lim Wei Jie-Amir Hakim Razak lost in the quarter-finals on Friday.\n\n"
            "\u201cWe froze in the third game,\u201d said Wei Jie.\n\n"
            "\u201cThey were more patient,\u201d said Amir Hakim.")
    assert speakers(text) == ["Lim Wei Jie", "Amir Hakim Razak"]


def test_a_hyphenated_surname_inside_a_name_of_four_words_stays_whole(speakers):
    text = ("Talks\n\nThe envoy, Ahmed Abdel-Moneim Shaker, met the minister on Friday.\n\n"
            "\u201cWe made progress,\u201d Shaker said.")
    assert speakers(text) == ["Ahmed Abdel-Moneim Shaker"]


def test_a_surname_the_parser_read_as_an_adverb_says_the_words(speakers):
    text = ("Waterford manager Declan Kiely took the blame for the defeat.\n\n"
            "\u201cWe were flat from the throw-in, and that is on me,\u201d Kiely said.")
    assert speakers(text, saying="flat from the throw-in", kinds=True) == [("Declan Kiely", "person")]


def test_an_adverb_no_one_is_named_by_says_nothing(speakers):
    assert speakers("\u201cIt is a disgrace,\u201d Only added another.") != ["Only"]


def test_a_given_name_after_a_title_the_tagger_took_for_a_body_joins_the_surname(speakers):
    text = ("Burglaries in Connemara\n\nGardaí in Clifden have appealed for information after four homes were burgled "
            "in a week, in what Superintendent Diarmuid Mac Aodha described as a \"targeted\" campaign.\n\n"
            "Speaking at the Garda station on Wednesday, Supt Mac Aodha said those responsible had \"done their "
            "homework\".")
    assert speakers(text, saying="done their homework") == ["Diarmuid Mac Aodha"]


def test_a_name_set_off_after_a_role_the_parser_made_a_second_subject_speaks(speakers):
    text = ("Rural plan row\n\nSinn Féin’s spokesperson on rural development, Cillian Ó Dúill, held up a copy of the "
            "policy and said it had become \u201ca document for the shelf\u201d.")
    assert speakers(text) == ["Cillian Ó Dúill"]


def test_a_reeve_before_a_name_is_a_role_and_a_surname_reeve_stays(speakers):
    text = ("Grid roads\n\nReeve Marlene Kozak said the municipality could not grade its way out of trouble. "
            "\u201cWe need gravel,\u201d Kozak said.\n\n\u201cWe can\u2019t keep patching,\u201d the reeve said.\n\n"
            "PC Hannah Reeve said officers had attended. \u201cIt was a quiet night,\u201d Reeve said.")
    assert speakers(text) == ["Marlene Kozak", "Marlene Kozak", "Hannah Reeve"]


@pytest.mark.parametrize("text,name", [
    ("The family moved from Silver Spring, Md. Kevin Oduya said: \u201cWe wanted a yard.\u201d", "Kevin Oduya"),
    ("His widow, June, said: \u201cHe loved that boat more than me.\u201d", "June"),
])
def test_what_the_new_name_forms_leave_alone(speakers, text, name):
    """Maryland's "Md." ending a sentence opens no name; a given name set off by commas that the tagger typed a date
    ("June") is still the name."""
    assert speakers(text) == [name]


def test_a_firm_named_with_md_and_its_trade_stays_a_body(speakers):
    text = "Seized goods\n\nMd Kamal Uddin Traders said: \u201cOur stock was seized.\u201d"
    assert speakers(text, kinds=True) == [("Md Kamal Uddin Traders", "organization")]


def test_where_someone_is_from_is_no_person_the_accused_can_be(speakers):
    text = ("Buncrana man jailed over \u201ccampaign of terror\u201d\n\nA 41-year-old Buncrana man who harassed his former "
            "partner has been jailed.\n\nShane Doherty (41), of Cockhill Road, Buncrana, pleaded guilty to harassment."
            "\n\nIn one message, read to the court by a detective, the accused wrote: \u201cYou\u2019ll never be rid of "
            "me.\u201d\n")
    assert speakers(text, saying="never be rid") == ["Shane Doherty"]


def test_a_hyphenated_nickname_inside_a_name(speakers):
    text = ("Shrimp prices\n\nDupre \u201cTee-Boy\u201d Thibodeaux, 58, runs the dock at Delcambre. "
            "\u201cPrices are the worst I have seen,\u201d Thibodeaux said.\n")
    assert speakers(text) == ["Dupre Thibodeaux"]


@pytest.mark.parametrize("text,name", [
    ("Walkout\n\nKagawad Marilou Esguerra led the walkout on Monday. \u201cWe will not sign,\u201d Esguerra said.\n",
     "Marilou Esguerra"),  # a barangay councillor's title
    ("Sunday trading\n\nGeneral secretary Talatala Apenisa Rokotuiwai said the resolution was aimed at no business. "
     "\u201cWe are not against anyone making a living,\u201d Talatala Apenisa said.\n", "Apenisa Rokotuiwai"),  # Fijian
    # Methodists' "Reverend"
    ("Funeral\n\nBishop Emeritus Salvador Ilagan, a longtime friend, will celebrate the funeral Mass. \u201cHe was a man "
     "of prayer,\u201d the bishop said.\n", "Salvador Ilagan"),
])
def test_ranks_and_titles_of_the_philippines_and_fiji_before_a_name(speakers, text, name):
    assert speakers(text) == [name]


def test_a_comma_and_the_end_what_the_tagger_ran_into_a_body(speakers):
    text = ("Market fire\n\nA fire destroyed 60 stalls days before Easter, the Bureau of Fire Protection said.\n\n"
            "\u201cDo not overload your outlets,\u201d the bureau said.\n")
    assert speakers(text) == ["Bureau of Fire Protection"]


def test_a_ranks_initials_and_grade_open_no_name():
    """"SFO2" (Senior Fire Officer 2), "PO3": a rank before the name, whatever the tagger made of it."""
    import spacy
    from spacy.tokens import Doc

    from quotes.extract.person_mentions import name_start

    for rank in ("SFO2", "PO3", "SPO1"):
        doc = Doc(spacy.blank("en").vocab, words=[rank, "Renato", "Abella"])
        assert name_start(doc, 0, 3) == 1


@pytest.mark.parametrize("text,name", [
    ("Race\n\nPurity Jeptoo Chelimo won the 10,000m in Eldoret on Saturday. \u201cI was ready,\u201d Chelimo said.\n",
     "Purity Jeptoo Chelimo"),
    ("Church\n\nPastor Moses Kiwanuka Lule led the service. \u201cWe pray for rain,\u201d Lule said.\n", "Moses Kiwanuka Lule"),
    ("Land\n\nCol (Rtd) Hosea Kiptanui Biwott said the land was his. \u201cI have the title deed,\u201d Biwott said.\n",
     "Hosea Kiptanui Biwott"),
])
def test_east_african_given_names_open_three_word_names(speakers, text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("text,name", [
    ("Parish\n\nDonal Kissane PP welcomed the bishop on Sunday. \u201cIt is a great day for the parish,\u201d he said.\n",
     "Donal Kissane"),  # a parish priest's letters after his name
    ("Convent\n\nSr Br\u00edd Moloney, who taught at the school for 40 years, cut the ribbon. \u201cI am very proud,\u201d "
     "Sr Br\u00edd said.\n", "Br\u00edd Moloney"),  # "Sr", a sister's style before her name
    ("Temple\n\nVen. Kotagama Dhammaloka Thero, the chief incumbent, led the procession. \u201cThe perahera belongs to "
     "everyone,\u201d Dhammaloka Thero said.\n", "Kotagama Dhammaloka"),  # a Sri Lankan monk's "Thero" after it
])
def test_styles_of_clergy_after_and_before_names(speakers, text, name):
    assert speakers(text) == [name]
