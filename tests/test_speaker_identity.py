"""One person, one speaker across a database: lone surnames whatever the order of articles, short given
names, middle names and given names misspelt by one slip, names run on into a headline or read in the wrong
encoding, an owner's campaign however written, and speaker names that name no one."""
import itertools

import pytest
from test_store_linking import add, speaker_names

from quotes.extract.lexicon import owner_unpossessed
from quotes.store import corrections
from quotes.store.db import connect
from quotes.store.speaker_names import (
    before_headline_verb,
    before_headline_words,
    clean_name,
    completed_name,
    is_no_ones_name,
    is_ordinary_word,
    other_office_orders,
    unmangled,
)


@pytest.fixture
def conn(tmp_path):
    return connect(str(tmp_path / "q.db"))


def full(n):
    return [(f"The harbour levy will be cut by half in round {n}", "Ilse Marquardt", "person", "Ilse Marquardt")]


def lone(n):
    return [(f"Nobody in this cabinet wants a strike, part {n}", "Marquardt", "person", "Marquardt")]


def test_earlier_lone_surnames_join_the_person_once_well_known_and_their_id_answers(conn):
    add(conn, lone(1))
    add(conn, lone(2))
    lone_id = conn.execute("SELECT id FROM speakers WHERE name = 'Marquardt'").fetchone()[0]
    add(conn, full(1))
    add(conn, full(2))
    assert speaker_names(conn) == ["Ilse Marquardt", "Marquardt"]  # two articles are not enough
    add(conn, full(3))
    assert speaker_names(conn) == ["Ilse Marquardt"]
    person = conn.execute("SELECT * FROM speakers").fetchone()
    assert person["quote_count"] == 5
    assert tuple(conn.execute("SELECT new_id, reason FROM speaker_redirects WHERE old_id = ?", (lone_id,)).fetchone()) == (
        person["id"], "surname")
    assert corrections.find_speaker(conn, str(lone_id))["id"] == person["id"]


def test_lone_surname_joins_count_only_articles_naming_the_person_in_full(conn):
    add(conn, full(1))
    add(conn, full(2))
    for n in range(4):
        add(conn, lone(n))
    assert speaker_names(conn) == ["Ilse Marquardt", "Marquardt"]


ARTICLES = [full(1), full(2), full(3), lone(1), lone(2),
            [("The ferry timetable was never published at all", "Jonas Marquardt", "person", "Jonas Marquardt")]]


@pytest.mark.parametrize("order", [p for i, p in enumerate(itertools.permutations(range(6))) if i % 97 == 0])
def test_the_same_articles_give_the_same_speakers_in_any_order(tmp_path, order):
    conn = connect(str(tmp_path / "q.db"))
    for i in order:
        add(conn, ARTICLES[i])
    rows = {r["name"]: r["quote_count"] for r in conn.execute("SELECT name, quote_count FROM speakers")}
    assert rows == {"Ilse Marquardt": 5, "Jonas Marquardt": 1}


def test_an_article_writing_another_of_the_surname_more_often_keeps_its_lone_surname_apart(conn):
    for n in range(3):
        add(conn, full(n))
    add(conn, [("The ferry timetable was never published at all", "Jonas Marquardt", "person", "Jonas Marquardt")])
    # An article naming Jonas Marquardt twice and Ilse Marquardt once: its lone "Marquardt" is not hers.
    add(conn, [("We asked twice and got no answer", "Jonas Marquardt", "person", "Jonas Marquardt"),
               ("My brother says the same about it", "Ilse Marquardt", "person", "Ilse Marquardt"),
               ("The port will stay shut until Friday", "Jonas Marquardt", "person", "Jonas Marquardt"),
               ("Nobody in this cabinet wants a strike", "Marquardt", "person", "Marquardt")])
    assert "Marquardt" in speaker_names(conn)
    add(conn, lone(9))  # an article naming no one else of the surname
    assert conn.execute("SELECT quote_count FROM speakers WHERE name = 'Marquardt'").fetchone()[0] == 1


@pytest.mark.parametrize("first, second", [("Len Burman", "Leonard E. Burman"), ("Leonard E. Burman", "Len Burman"),
                                           ("Hillary Rodham Clinton", "Hillary Clinton"),
                                           ("Bob Casey", "Robert P. Casey Jr."),
                                           ("Wasserman Lund", "Debbie Wasserman Lund"),
                                           ("François Delorme", "Francois Delorme"),
                                           ("Aoife O\u2019Donnell", "Aoife O'Donnell")])
def test_a_short_given_name_or_a_missing_middle_name_is_the_same_person(conn, first, second):
    add(conn, [("The tax cut pays for itself only on paper", first, "person", first)])
    add(conn, [("Nobody should promise growth like that", second, "person", second)])
    assert speaker_names(conn) == [first]


def test_speakers_named_by_a_role_join_only_the_same_words(conn):
    add(conn, [("The bins will be emptied on Tuesday", "Council spokesperson", "person", "A council spokeswoman")])
    add(conn, [("The bridge stays shut until spring", "Wyvern Valley Council spokesperson", "person",
                "a council spokesperson")])
    add(conn, [("Gritters are out on the A9 tonight", "Highland Council spokesperson", "person",
                "A council spokesman")])
    add(conn, [("We regret the delay to the ferry", "Highland Council spokesperson", "person", "a spokeswoman")])
    assert speaker_names(conn) == ["Council spokesperson", "Highland Council spokesperson",
                                   "Wyvern Valley Council spokesperson"]


def test_given_names_that_could_be_several_people_join_no_one(conn):
    add(conn, [("The budget is a moral document", "Christine Okafor", "person", "Christine Okafor")])
    add(conn, [("We will pass it this year", "Christopher Okafor", "person", "Christopher Okafor")])
    add(conn, [("I am not running again", "Chris Okafor", "person", "Chris Okafor")])
    assert speaker_names(conn) == ["Chris Okafor", "Christine Okafor", "Christopher Okafor"]
    add(conn, [("Read my lips: no new taxes", "George H.W. Halvorsen", "person", "George H.W. Halvorsen")])
    add(conn, [("Mission accomplished, as I said", "George Halvorsen", "person", "George Halvorsen")])
    assert {"George H.W. Halvorsen", "George Halvorsen"} <= set(speaker_names(conn))  # father and son


def test_names_that_name_no_one_get_no_speaker(conn):
    add(conn, [("Our exporters will pay for this", "Retired General", "person", "Retired General"),
               ("Visas for investors are safe", "EB-5", "organization", "EB-5"),
               ("We never said that to him", "The Republican presidential nominee", "person", "the nominee"),
               ("Nothing will change on the border", "Japan", "person", "he"),
               ("The march will go on all night", "Demonstrators", "organization", "Demonstrators")])
    assert speaker_names(conn) == []
    assert conn.execute("SELECT count(*) FROM quotes WHERE speaker_id IS NULL").fetchone()[0] == 5


@pytest.mark.parametrize("name, clean", [('state Del. Marcia "Cia" Price (D-Newport News', "Marcia Price"),
                                         ("Rep. Ola Berg (R-Texas)", "Ola Berg"),
                                         ("Vox Populi (Voice of the People", "Vox Populi"),
                                         ("Anika Solheim", "Anika Solheim")])
def test_markup_and_quoted_nicknames_are_dropped_from_names(name, clean):
    assert clean_name(name) == clean


def test_a_name_cut_at_a_hyphen_is_completed_and_ordinary_words_are_told():
    text = "Secretary-General Ban Ki-moon said the talks failed. Ban Ki-moon left on Monday."
    assert completed_name("Ban Ki", text) == "Ban Ki-moon"
    assert completed_name("Ki-moon", text) == "Ki-moon" and completed_name("Ola Berg", text) == "Ola Berg"
    assert is_ordinary_word("Talk", "Talk is cheap, and the talk went on; more talk followed.")
    assert not is_ordinary_word("Berg", "Berg said so. A berg of ice, said Berg, and Berg again.")
    assert is_no_ones_name("United States", "person") and not is_no_ones_name("United States", "organization")
    assert not is_no_ones_name("White House", "organization") and not is_no_ones_name("Ms. White", "person")


#: Articles written for the test: a prime minister named in full in three, by surname alone in two, and
#: a fisherwoman of the same surname in one.
SOLVANG_ARTICLES = [
    "Prime Minister Henrik Solvang defended the harbour levy on Tuesday.\n\n"
    "\u201cThe levy keeps our ports open in winter,\u201d Henrik Solvang told parliament.",
    "The coalition held together after a long night of talks.\n\n"
    "\u201cWe will not let the budget fall over a single tax,\u201d said Henrik Solvang, the prime minister.",
    "Henrik Solvang visited the northern shipyards, where orders have doubled.\n\n"
    "\u201cThese yards will build the ferries of the next forty years,\u201d Solvang said.",
    "Mr Solvang faced questions about the delayed rail tunnel.\n\n"
    "\u201cThe tunnel will open when it is safe and not a day before,\u201d Mr Solvang said.",
    "Opposition leaders accused the government of hiding the costs.\n\n"
    "\u201cEvery figure has been published, and every figure is right,\u201d the prime minister, Mr Solvang, said in reply.",
    "In the fishing village of Brekkvik, Marit Solvang has mended nets for thirty years.\n\n"
    "\u201cThe cod come later every spring now,\u201d said Marit Solvang, 61.",
]


def test_articles_about_one_famous_person_and_a_namesake_give_two_speakers_in_any_order(nlp, tmp_path):
    from quotes import extract_many
    from quotes.ingest.articles import prepare
    from quotes.ingest.sources import Source
    from quotes.store import articles

    prepared = [prepare(Source(text=t, origin=f"solvang-{i}")) for i, t in enumerate(SOLVANG_ARTICLES)]
    extracted = list(extract_many([a.text for a in prepared], nlp=nlp))
    assert [[q.speaker_name for q in qs] for qs in extracted] == [["Henrik Solvang"]] * 3 + [["Solvang"]] * 2 + [
        ["Marit Solvang"]]
    for n, order in enumerate([[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [3, 5, 0, 4, 1, 2]]):
        conn = connect(str(tmp_path / f"{n}.db"))
        for i in order:
            articles.store(conn, prepared[i], extracted[i])
        rows = {r["name"]: r["quote_count"] for r in conn.execute("SELECT name, quote_count FROM speakers")}
        assert rows == {"Henrik Solvang": 5, "Marit Solvang": 1}, list(order)


def test_a_lone_surname_joins_whichever_apostrophe_it_is_written_with(conn):
    for n in range(3):
        add(conn, [(f"The border will stay open in part {n}", "Aoife O'Donnell", "person", "Aoife O'Donnell")])
    add(conn, [("Nobody asked the farmers first", "O\u2019Donnell", "person", "O\u2019Donnell")])
    assert speaker_names(conn) == ["Aoife O'Donnell"]


@pytest.mark.parametrize("namesake_first", [True, False])
def test_a_namesake_quoted_later_takes_back_the_lone_surname_of_an_article_about_them(tmp_path, namesake_first):
    from test_store_workbench import add as add_around

    conn = connect(str(tmp_path / "q.db"))
    namesake = [("The ferry timetable was never published at all", "Jonas Marquardt", "person", "Jonas Marquardt")]
    if namesake_first:
        add(conn, namesake)
    for n in range(3):
        add(conn, full(n))
    # An article about Jonas Marquardt (named twice, his sister Ilse once) quoting "Marquardt" alone.
    add_around(conn, lone(7), before="Jonas Marquardt runs the ferry. Jonas Marquardt is Ilse Marquardt's brother.\n")
    if not namesake_first:
        assert speaker_names(conn) == ["Ilse Marquardt"]  # no other Marquardt known yet
        add(conn, namesake)
    rows = {r["name"]: r["quote_count"] for r in conn.execute("SELECT name, quote_count FROM speakers")}
    assert rows == {"Ilse Marquardt": 3, "Jonas Marquardt": 1, "Marquardt": 1}


@pytest.mark.parametrize("name, cut", [("Glenn Vester Blasts Harbour Board", "Glenn Vester"),
                                       ("Okafor Says Levy", "Okafor"),
                                       ("Mona Ilves Warns", "Mona Ilves"),
                                       ("Jane Hopes", "Jane Hopes"),  # a surname that is also a verb
                                       ("President of the United States", "President of the United States"),
                                       ("Anika Solheim", "Anika Solheim")])
def test_a_name_running_on_into_a_headline_verb_is_cut_before_it(name, cut):
    assert before_headline_verb(name) == cut


def test_a_headline_speaker_joins_the_person_the_article_quotes(conn):
    add(conn, [("The harbour board has lost its way", "Glenn Vester Blasts Harbour Board", "person",
                "Glenn Vester Blasts Harbour Board"),
               ("Nobody on the board has been to the quay in years", "Glenn Vester", "person", "Vester")])
    assert speaker_names(conn) == ["Glenn Vester"]


@pytest.mark.parametrize("first, second", [("Kirsten Halvard", "Kristen Halvard"), ("Reince Alvestad", "Rence Alvestad"),
                                           ("Michael Ostrowe", "Micheal Ostrowe"), ("Hillary Brandvold", "Hilary Brandvold")])
def test_a_given_name_misspelt_by_one_slip_is_the_same_person(conn, first, second):
    add(conn, [("The levy will be cut by half this spring", first, "person", first)])
    add(conn, [("We never promised the ferry would be free", second, "person", second)])
    assert speaker_names(conn) == [first]


@pytest.mark.parametrize("first, second", [("Maria Lundqvist", "Mario Lundqvist"), ("Daniel Oyelaran", "Danielle Oyelaran"),
                                           ("Karen Mbeki", "Karin Mbeki"), ("Eric Falk", "Erik Falk"),
                                           ("Daniele Ferrante", "Danielle Ferrante"),  # a man's name and a woman's
                                           ("Ivanka Sorensen", "Ivana Sorensen"), ("Marine Lautrec", "Marie Lautrec")])
def test_given_names_that_are_other_names_are_no_slip(conn, first, second):
    add(conn, [("The levy will be cut by half this spring", first, "person", first)])
    add(conn, [("We never promised the ferry would be free", second, "person", second)])
    assert speaker_names(conn) == sorted([first, second])


def test_a_name_read_in_the_wrong_encoding_is_the_person_written_right(conn):
    assert unmangled("FranÃ§ois Delorme") == "François Delorme" and unmangled("JosÃ© MarÃ\xada Ybarra") == "José María Ybarra"
    for name in ("François Delorme", "Lech Wałęsa", "Aoife O\u2019Donnell", "Anika Solheim"):
        assert unmangled(name) == name
    add(conn, [("The tax cut pays for itself only on paper", "François Delorme", "person", "François Delorme")])
    add(conn, [("Nobody should promise growth like that", "FranÃ§ois Delorme", "person", "FranÃ§ois Delorme")])
    assert speaker_names(conn) == ["François Delorme"]


@pytest.mark.parametrize("name, owned", [("Halvard's campaign", "Halvard campaign"),
                                         ("Mrs. Halvard's campaign", "Halvard campaign"),
                                         ("Ostrowe\u2019 campaign manager", "Ostrowe campaign manager"),
                                         ("Ostrowe's campaign manager", "Ostrowe campaign manager"),
                                         ("Gov. Mona Ilves\u2019s office", "Mona Ilves office"),
                                         ("Halvard campaign", "Halvard campaign"),
                                         ("Children's Hospital", "Children's Hospital"),  # a name, not an owner's body
                                         ("Dunmore's spokesperson", "Dunmore's spokesperson"),
                                         ("Lena de Vries's office", "Lena de Vries office"),  # a particle of the name
                                         ("Mayor Lena de Vries's office", "Lena de Vries office"),
                                         ("Gov. Pieter van der Berg\u2019s office", "Pieter van der Berg office"),
                                         ("The Halvard campaign's manager", "Halvard campaign manager"),
                                         ("The Halvards' campaign", "Halvards campaign"),
                                         ("Prime Minister's office", "Prime Minister office"),  # a post, no owner
                                         ("Senate Majority Leader's office", "Senate Majority Leader office")])
def test_a_body_named_after_its_owner_takes_one_form(name, owned):
    assert owner_unpossessed(name) == owned


def test_an_owners_office_keeps_the_particles_of_the_owners_name(conn):
    add(conn, [("The rink will close for good in May", "Mayor Lena de Vries's office", "organization",
                "Mayor Lena de Vries's office")])
    add(conn, [("There is no money left for the ice", "Lena de Vries office", "organization", "the Lena de Vries office")])
    assert speaker_names(conn) == ["Lena de Vries office"]


def test_an_owners_campaign_is_one_speaker_however_written(conn):
    add(conn, [("The polls are wrong about the north", "Halvard campaign", "organization", "the Halvard campaign")])
    add(conn, [("We raised more than anyone this month", "Halvard's campaign", "organization", "Halvard's campaign")])
    add(conn, [("The debate schedule is a scandal", "Mrs. Halvard's campaign", "organization", "Mrs. Halvard's campaign")])
    assert speaker_names(conn) == ["Halvard campaign"]


def test_words_a_crowd_chants_are_not_the_candidates_quotation(conn):
    add(conn, [("Four more years on the harbour", "Ilse Marquardt", "person", "Ilse Marquardt")])
    add(conn, [("Four more years on the harbour", None, "person", None)])  # a reprint with no speaker joins her
    add(conn, [("Four more years on the harbour", "Marquardt supporters", "organization", "Marquardt supporters")])
    rows = conn.execute("SELECT s.name, q.appearance_count FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
                        "ORDER BY q.id").fetchall()
    assert [tuple(r) for r in rows] == [("Ilse Marquardt", 2), (None, 1)]


def test_a_government_office_written_either_way_round_is_one_speaker(conn):
    add(conn, [("The border checks will be tightened next week", "Department of Harbours", "organization",
                "the Department of Harbours")])
    add(conn, [("No ferry will sail without a permit", "Harbours Department", "organization", "the Harbours Department")])
    add(conn, [("Drills will take place off the coast on Monday", "Valdorian Defence Ministry", "organization",
                "the Valdorian Defence Ministry")])
    add(conn, [("The drills are routine and long planned", "Valdorian Ministry of Defence", "organization",
                "the Valdorian Ministry of Defence")])
    add(conn, [("Rivers will be dredged in spring", "Environment Agency", "organization", "the Environment Agency")])
    assert speaker_names(conn) == ["Department of Harbours", "Environment Agency", "Valdorian Defence Ministry"]


@pytest.mark.parametrize("name,others", [("Justice Department", ["Department of Justice"]),
                                         ("Ministry of Home Affairs", ["Home Affairs Ministry"]),
                                         ("Environment Agency", []), ("Department for Transport", []),
                                         ("Boston Police Department", [])])  # a local service keeps its order
def test_the_other_order_of_an_office(name, others):
    assert other_office_orders(name) == others


HEADLINED = ("Mara Quinlan Torches Harbour Plan: \u2018A Disgrace\u2019\n\nDiver Gullfoss: Hull Is Rotten\n\n"
             "The councillor Mara Quinlan said on Monday that the plan would close the slipway.\n\n"
             "A diver known as Gullfoss filmed the hull, and Gullfoss said it was rotten.\n\n"
             "\u201cIt is a disgrace,\u201d Quinlan said.\n\n"
             "Missing Since March\n\nTomas Ferrel Vanko\n\nHe was last seen at the ferry terminal.")


@pytest.mark.parametrize("name, cut", [("Mara Quinlan Torches Harbour Plan", "Mara Quinlan"),
                                       ("Mara Quinlan Torches", "Mara Quinlan"),
                                       ("Tomas Ferrel Vanko", "Tomas Ferrel Vanko"),  # the story never writes him
                                       ("Diver Gullfoss", "Gullfoss"),  # "A diver known as Gullfoss"
                                       ("Mara Quinlan", "Mara Quinlan")])
def test_a_name_run_on_into_its_headline_is_cut_to_the_name_the_story_writes(name, cut):
    assert before_headline_words(name, HEADLINED) == cut


@pytest.mark.parametrize("name, kind", [("Some Democrats", "organization"), ("Another Muslim", "organization"),
                                        ("Japanese", "organization"), ("Russians", "organization"),
                                        ("Proponents", "organization"), ("Mainstream Republicans", "organization"),
                                        ("Latinos", "person"), ("Latest", "organization"), ("Transcript", "document")])
def test_groups_and_peoples_name_no_one(name, kind):
    assert is_no_ones_name(name, kind)


@pytest.mark.parametrize("name, kind", [("Democratic Party", "organization"), ("Germany", "organization"),
                                        ("Myanmar", "organization"), ("Log Cabin Republicans", "organization"),
                                        ("Christian Pardo", "person"), ("Law", "person")])
def test_bodies_and_people_named_after_groups_or_places_are_names(name, kind):
    assert not is_no_ones_name(name, kind)
