"""A definite description as the speaker ("the debutant said", "the CS told the House", "the insider added"):
the person the article named with that role or its initials, else the one the paragraph is about (named or
introduced unnamed), and nobody where the description brings in someone new or the person in focus holds
another role.  Sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.book_descriptions import role_abbreviations
from quotes.extract.lexicon import INFORMANT_NOUNS

CASES = [
    ("a hyphenated role's initials after a title with a full stop ('Director-General Eng. X' -> 'the DG')",
     "Senators questioned Coast Fisheries Agency Director-General Eng. Miriam Achieng over the idle patrol boats. "
     "Senator Ruth Wambui asked why the boats had not sailed since March. "
     "\u201cThe engines arrived without spare parts,\u201d the DG said.",
     "Miriam Achieng"),
    ("a role's initials, the title part of the role ('Energy Cabinet Secretary' -> 'the CS')",
     "Energy Cabinet Secretary Wilfred Otieno, who appeared before MPs on Tuesday, defended the tariff rise. "
     "\u201cWe cannot run the grid at a loss,\u201d the CS told the House.",
     "Wilfred Otieno"),
    ("the initials of a role written between commas after the name, 'and' passed over",
     "Shri Anand Gopal Deshpande, Chairman and Managing Director, said the company had met its targets.\n\n"
     "\u201cThis has been our best year,\u201d the CMD said while presenting the results.",
     "Anand Gopal Deshpande"),
    ("a role word no one was called: the person the paragraph is about",
     "Iwi members gathered at the marae on Saturday.\n\n"
     "Aperahama Te Whetu said he had waited forty years for the day. "
     "\u201cOur tupuna are finally home,\u201d the kaumātua said.",
     "Aperahama Te Whetu"),
    ("'the convicted man': the man the paragraph is about, his full name",
     "Chinedu Okoro was jailed for six years on Friday.\n\n"
     "Okoro, who spoke briefly before sentencing, apologised to the family. "
     "\u201cI am sorry for what I did,\u201d the convicted man said.",
     "Chinedu Okoro"),
    ("'the Leinster lock' no one was called: the captain the paragraph before is about, not a body",
     "Captain Cathal Brennan, who was sin-binned in the first half, said the squad had been hurt by the result.\n\n"
     "\u201cWe let the supporters down today,\u201d the Leinster lock said.",
     "Cathal Brennan"),
    ("'the Danish minister' is the one Denmark's, not the Latvian minister named next",
     "Ministers met in Brussels on Tuesday.\n\n"
     "Denmark\u2019s Mads Vinther, whose country holds the presidency, said he was confident of a deal. "
     "\u201cWe have brought enough coffee for a long night,\u201d the Danish minister joked.\n\n"
     "Latvian minister Ilze Berzina sided with Poland on the quota.",
     "Mads Vinther"),
    ("an age is not given to the person named after 'behind' in 'Asked whether … behind X'",
     "Midfielder Callum Baird said the squad would fight on.\n\n"
     "\u201cWe have to look at ourselves first,\u201d Baird said.\n\n"
     "Asked whether the dressing room was behind manager Stuart Rennie, the 29-year-old said: "
     "\u201cOf course we are. He is our manager.\u201d",
     "Callum Baird"),
    ("'the insider' is the unnamed source met before, not the star the story is about",
     "Reality star Jordan Pickles has split from his girlfriend.\n\n"
     "A source close to the couple told the Flash: \u2018They have not spoken in weeks.\u2019 "
     "The insider added: \u2018It is over.\u2019",
     "source"),
    ("'the friend' is the pal who claimed it, not the person the pal is a friend of",
     "Reality star Jordan Pickles has split from his girlfriend.\n\n"
     "But a pal of Pickles\u2019s claimed he was devastated. \u2018He is in bits,\u2019 the friend said.",
     "pal"),
    ("'the official' is the ministry's unnamed official, named by the ministry",
     "The Ministry of Health, Labour and Welfare is considering the change.\n\n"
     "A ministry official, speaking on condition of anonymity, said a decision was near. "
     "\u201cWe expect to decide in spring,\u201d the official said.",
     "Ministry of Health, Labour and Welfare official"),
    ("'the teenager' after 'A teenager who saw it' is that unnamed teenager, not the officer named before",
     "Police Sergeant Sandra Voss said the road was closed.\n\n"
     "A teenager who saw the crash said it happened fast. \u201cIt just flipped,\u201d the teenager said.",
     "teenager"),
    ("'the billionaire businessman' is the contender the paragraphs are about: a candidacy is no calling",
     "Republican contender Walter Brandt has traded his rallies for a town hall.\n\n"
     "Brandt is taking questions in a church hall in front of about 200 people.\n\n"
     "The billionaire businessman began by talking about jobs, saying the mills were \u201cnever coming back\u201d.",
     "Walter Brandt"),
    ("'the casino tycoon' is the donor the paragraph is about: wealth is a trait no role rules out",
     "Top Republican donor Irving Castellano said on Friday he had met the candidate this week.\n\n"
     "\u201cIt was very pleasant,\u201d the casino tycoon told the Ledger in a rare interview.",
     "Irving Castellano"),
    ("'the Vermont senator' is the rival the paragraph before is about: a rivalry is no calling",
     "Marsh ends bid.\n\n"
     "Republican rival Owen Marsh spoke over boos from the audience as he congratulated the winner, Ada Lin. "
     "Marsh thanked his family.\n\n"
     "The Vermont senator sought to calm his supporters, saying the heckler would \u201cnot get beat up\u201d at his rally.",
     "Owen Marsh"),
    ("'an emotional assessment … as he ended his bid' brings in no unnamed person: 'he' is the named subject's",
     "Marsh ends bid.\n\n"
     "Owen Marsh spoke over boos from the audience as he congratulated the winner, Ada Lin. Marsh offered the "
     "crowd an emotional assessment of the state of politics as he ended his bid.\n\n"
     "The Vermont senator sought to calm his supporters, saying the heckler would \u201cnot get beat up\u201d at his rally.",
     "Owen Marsh"),
    ("an office with its seat before a comma gives its initials ('The Member of Parliament for …, X,' -> 'the MP')",
     "The Member of Parliament for Clarendon South Western, Dorothea Quashie-Lamb, who attended the briefing, said parents "
     "were worried.\n\n"
     "\u201cI have mothers calling me at midnight,\u201d the MP said.",
     "Dorothea Quashie-Lamb"),
    ("'the MP' is the Member named before, not a person named after whose initials are M. P.",
     "The Member of Parliament for Clarendon South Western, Dorothea Quashie-Lamb, told residents she had written "
     "three times.\n\n"
     "\u201cThree letters and not one answer,\u201d the MP said.\n\n"
     "In a separate matter, Martin Pryce, 29, appeared in court.",
     "Dorothea Quashie-Lamb"),
    ("a role before a title of two words joined by a hyphen ('State prosecutor Sub-Inspector X' -> 'the prosecutor')",
     "State prosecutor Sub-Inspector Chikondi Banda told the court that the two men forced the door of the store.\n\n"
     "\u201cThese are children who walk long distances to school,\u201d the prosecutor said.",
     "Chikondi Banda"),
    ("'the man' after 'a man' met as no subject stays an unnamed man",
     "Mayor Alan Brightwell opened the bridge on Monday, watched by a man from the next village.\n\n"
     "\u201cIt has taken ten years,\u201d the man said.",
     "man"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_description_speaker(speakers, text, name):
    assert speakers(text)[-1:] == [name]


def test_the_person_in_focus_holding_another_role_is_not_the_description(nlp):
    from quotes.extract import extract_quotes

    text = ("Democratic strategist Alma Ruiz said turnout would decide the state.\n\n"
            "\u201cWe will win this on the doorsteps,\u201d the nominee said.")
    quote = extract_quotes(text, nlp=nlp)[-1]
    assert quote.speaker_name != "Alma Ruiz" and quote.resolved == "unresolved"


def test_a_candidacy_does_not_make_a_contender_the_other_partys_nominee(speakers):
    text = ("Republican contender Walter Brandt spoke for an hour in Concord.\n\n"
            "\u201cWe will win this state,\u201d the Democratic nominee said.")
    assert speakers(text)[-1:] != ["Walter Brandt"]


@pytest.mark.parametrize("text", [
    ("Waitress Donna Kerslake said the town was proud of its mix.\n\n"
     "At a shop nearby, a cashier was shaken by what she had heard. \u201cToo much hate,\u201d said the woman."),
    ("Mr Pryor took on Ms Hale on Sunday after the Labour front-runner had said he was \u201cunfit to lead\u201d."),
    ("Another ad stars a Lincoln impersonator who promises that Johnson will cut taxes.\n\n"
     "\u201cIt is a two-horse race,\u201d the Lincoln actor says."),
], ids=["someone brought in by another noun", "a name in its own sentence", "an impersonator met as an object"])
def test_the_description_is_someone_else(speakers, text):
    names = {"Donna Kerslake", "Pryor", "Mr Pryor", "Johnson"}
    assert not names & set(speakers(text))


def test_a_paragraph_naming_someone_after_its_subject_is_not_passed_over(speakers):
    text = ("Orla Kinsella saddled the winner at Galway on Friday.\n\n"
            "The crowd cheered for Padraig Noone as the grey came back in.\n\n"
            "\u201cShe gave me everything,\u201d the jockey said.")
    assert speakers(text) != ["Orla Kinsella"]


def test_an_age_band_fits_an_age_given_as_a_noun_in_apposition(speakers):
    text = ("Currach maker\n\nFor two winters, Pádraic Ó Flaithearta has been teaching the craft to Colm Ó Fátharta, "
            "a 19-year-old from the island who left a carpentry course in Galway.\n\n"
            "\u201cI was in a classroom learning to hang doors,\u201d the teenager says.")
    assert speakers(text) == ["Colm Ó Fátharta"]


def test_a_crowd_is_no_person_in_focus(speakers):
    text = ("Senator Ruth Calder spoke for twenty minutes in Dayton.\n\n"
            "\u201cLock her up,\u201d the crowd chanted.")
    assert speakers(text)[-1:] != ["Ruth Calder"]


def test_initials_of_a_role_and_of_its_ends():
    class Word:
        def __init__(self, text):
            self.text, self.lower_ = text, text.lower()

    words = [Word(w) for w in "Chairman and Managing Director".split()]
    assert role_abbreviations(words) == {"cmd", "md"}
    assert role_abbreviations([Word("Secretary")]) == set()
    assert {"source", "insider", "pal", "friend"} <= INFORMANT_NOUNS


def test_what_a_role_belongs_to_is_not_the_one_who_holds_it(speakers):
    text = ("Tributes to conductor\n\n"
            "Tributes have been paid to Huw Morgan, who conducted the Llanfair Male Voice Choir for 30 years.\n\n"
            "The choir's current musical director, Owen Rhys, said he had been \"a giant\". \"We will rehearse as normal "
            "tonight,\" Mr Rhys said.\n\n"
            "The choir said in a statement that it had lost \"its heart\".\n\n"
            "\"Huw gave this choir its sound,\" it said.")
    assert speakers(text) == ["Owen Rhys", "Owen Rhys", "Llanfair Male Voice Choir", "Llanfair Male Voice Choir"]


@pytest.mark.parametrize("office, short, name", [
    ("The district election officer and district magistrate of Kharda, Anirban Ghoshal,", "the DM", "Anirban Ghoshal"),
    ("The assistant commissioner of police for the eastern zone, Meera Hegde,", "the ACP", "Meera Hegde"),
])
def test_an_office_s_initials_are_whoever_holds_the_office_written_out(speakers, office, short, name):
    text = (f"Voter lists\n\n{office} said hearings would continue next week.\n\n"
            f"\u201cAnyone left out can appeal within seven days,\u201d {short} said.")
    assert speakers(text) == [name]


def test_an_abbreviated_rank_is_the_rank_s_noun(speakers):
    text = ("Crash closes highway\n\nRCMP Cpl. Guillaume Tremblay said the road was closed after the crash. "
            "\u201cWe're asking people not to share names online,\u201d the corporal said.")
    assert speakers(text) == ["Guillaume Tremblay"]


def test_a_philippine_police_rank_abbreviated_with_a_full_stop_is_the_rank_s_noun(speakers):
    text = ("Carnapping ring busted\n\nPLtCol. Ramil Dagohoy, chief of the Lapu-Lapu City Police Station, said five men "
            "were arrested on Monday.\n\nOne of them, Jerome Abellana, denied the charge. \u201cI only repair "
            "motorcycles,\u201d he told reporters.\n\nThe police colonel dismissed the claim. \u201cA repairman does "
            "not need six sets of fake plates,\u201d he said.")
    assert speakers(text) == ["Jerome Abellana", "Ramil Dagohoy"]


def test_initials_of_a_body_someone_is_from_are_the_body(speakers):
    text = ("Inquest\n\nAn inspector from the Health and Safety Executive, Priya Nandra, said the tractor had no working "
            "seatbelt. \u201cThe belt had been cut through,\u201d Ms Nandra said.\n\nThe coroner said she would write to "
            "the HSE. The HSE said it would respond \u201cin due course, once the report has been read in full\u201d.")
    assert speakers(text)[-1] in ("HSE", "Health and Safety Executive")


def test_an_office_no_one_is_named_to_keeps_its_topic(speakers):
    text = ("Ferry fares\n\nIslanders want the old fares back. The Minister of Shipping said a review was \u201cthe first "
            "priority\u201d of the ministry.")
    assert speakers(text) == ["Minister of Shipping"]


@pytest.mark.parametrize("intro", [
    "Testifying for the prosecution, 34-year-old Delia Marsh said the van left at midnight.",
    "Delia Marsh testified that the van left at midnight.",
    "Delia Marsh gave evidence that the van left at midnight.",
])
def test_one_who_testified_is_the_witness(speakers, intro):
    text = (f"Trial\n\n{intro}\n\nUnder cross-examination by defence counsel Omar Reid, she stood firm. "
            "\u201cI know what I saw,\u201d the witness said.")
    assert speakers(text) == ["Delia Marsh"]


def test_an_indefinite_description_is_someone_new_not_one_named_before(speakers):
    text = ("Governor skips briefing\n\nGovernor Arturo Delos Reyes arrived an hour late. A third reporter asked, "
            "\u201cIs the governor avoiding the media?\u201d Delos Reyes laughed. \u201cI am here, am I not?\u201d he said.")
    assert speakers(text) == ["reporter", "Arturo Delos Reyes"]


@pytest.mark.parametrize("noun,name", [
    ("the council\u2019s water services manager", "water services manager"),
    ("the operations manager", "Rhys Tolley"),
    ("the manager", "Rhys Tolley"),
])
def test_a_noun_s_field_must_be_the_named_one_s(speakers, noun, name):
    text = ("Pool roof\n\nThe council\u2019s operations manager, Rhys Tolley, said the roof would be checked. \u201cIt is "
            f"routine,\u201d Tolley said.\n\n\u201cThese things happen with new equipment,\u201d {noun} said.")
    assert speakers(text, saying="equipment") == [name]


def test_a_man_of_two_clubs_joined_by_an_ampersand_is_their_player_not_the_manager(speakers):
    """"the Tullaroan & Freshford man" (his clubs, which the parser hangs on "man" as a conjoined modifier) is the
    captain of the paragraph before, not the county's manager named earlier (0.848 wrong before)."""
    text = ("Kilkenny fall short\n\nKilkenny manager Seán Tierney insisted his side had “nothing to be ashamed of” after "
            "the defeat.\n\n“We left everything out there,” Tierney said.\n\nKilkenny captain Pádraig Mullally said the "
            "dressing room was “gutted” but that the season was far from over.\n\n“It's a hard one to take, but we're "
            "still in the championship,” the Tullaroan & Freshford man said.")
    assert speakers(text)[-1] == "Pádraig Mullally"


@pytest.mark.parametrize("text,name", [
    ("Three of the school's eight teachers have gone unpaid for a year. One of them, a chemistry teacher with two "
     "children, told me: \u201cI tutor until ten at night.\u201d", "chemistry teacher"),
    ("The riders we met are not against the permits. One of them, an old man who has ridden for years, told me: "
     "\u201cGive us a stand and we will pay.\u201d", "rider"),
    ("The fishermen were angry. One of them, fisherman Tom Reilly, said: \u201cWe are finished.\u201d", "Tom Reilly"),
])
def test_one_of_them_described_in_apposition(speakers, text, name):
    """"One of them, a mathematics teacher …," came out as a person named "One": a trade in apposition names them,
    else the group's noun; a name in apposition is the speaker."""
    assert speakers(text) == [name]


def test_one_reporter_after_an_inverted_cue(speakers):
    """"…?” asked one reporter", where the parser makes "reporter" the verb's object, was a speaker named "one"."""
    text = ("The minister took questions.\n\n\u201cMinister, growers say the scheme is broken. Is that acceptable?\u201d "
            "asked one reporter.")
    assert speakers(text) == ["reporter"]


def test_a_day_in_apposition_is_no_name(speakers):
    """"Another woman at the scene Sunday, who …," made a person named "Sunday" of the woman's words."""
    text = ("Crash on Route 9\n\nPolice said the driver was 19.\n\nAnother woman at the scene Sunday, who did not want to "
            "be named, had left flowers at the ditch.\n\n\u201cShe was my daughter's best friend,\u201d the woman said.")
    assert speakers(text) == ["woman"]


def test_a_colonel_is_the_officer(speakers):
    """"Colonel X, who …, said … “…,” the officer said": a military rank is an officer's (data/role_synonyms.tsv)."""
    text = ("Soldier laid to rest\n\nHundreds lined the road to the village on Sunday.\n\nColonel Arjun Singh Bhati, "
            "who travelled with the coffin from Delhi, said the patrol had been caught in a snowstorm. "
            "\u201cHe was a fine soldier and a finer man,\u201d the officer said.")
    assert speakers(text) == ["Arjun Singh Bhati"]


def test_a_constable_named_after_a_force_is_the_officer(speakers):
    """"Royal Newfoundland Constabulary Const. Mark Ryan … “…,” the officer said": "Const." is an officer's rank."""
    text = ("Treasurer charged\n\nThe accused was a former treasurer of the club.\n\nRoyal Newfoundland Constabulary "
            "Const. Mark Ryan, who led the investigation, said the unit had spent months on the file.\n\n"
            "\u201cIt was a paper trail a mile long,\u201d the officer said.")
    assert speakers(text) == ["Mark Ryan"]


def test_the_meteorologist_is_the_forecaster_named(speakers):
    """"a forecaster …, Dr. Paul Keough, … “…,” the meteorologist said" found no one (data/role_synonyms.tsv)."""
    text = ("Capsizing inquiry\n\nEarlier, a forecaster with Environment Canada, Dr. Ruth Penney, testified that the "
            "charts had shown pack ice offshore.\n\n\u201cThe ice moved faster than our models predicted,\u201d the "
            "meteorologist said.")
    assert speakers(text) == ["Ruth Penney"]
