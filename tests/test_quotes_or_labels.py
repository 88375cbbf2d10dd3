"""Quotation or label: which quotation-mark spans are somebody's words (labels.py, grammar.looks_like_name,
governing_cues, subject_of), on sentences written here."""
import pytest

from quotes import extract_quotes
from quotes.boilerplate import is_boilerplate
from quotes.extract.labels import LABEL_NOUNS


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text):
        return extract_quotes(text, nlp=nlp)

    return _run


def said(quotes):
    return [q.text for q in quotes]


def test_placards_no_one_named_carries_are_slogans(labelled):
    text = ("Parent Grace Okoro said the board had broken its promise. \u201cWe have waited four years,\u201d she said.\n\n"
            "Some held placards reading \u201cSmaller classes now\u201d and \u201cOur kids deserve better\u201d.")
    assert labelled(text) == ["Smaller classes now", "Our kids deserve better"]


def test_a_sign_a_named_person_holds_up_shows_their_words(labelled):
    text = "Outside the court, Grace Okoro held up a sign that read \u201cMy son deserved better\u201d."
    assert labelled(text) == []


def test_a_sign_read_after_the_quotation_is_no_one_speaking(labelled, run):
    text = ("Hundreds marched through Ballyrane against the closure of the maternity unit. \u201cSave our unit,\u201d the "
            "signs read. \u201cNo to the cuts,\u201d one banner said.\n\n\u201cThey are not listening,\u201d said organiser "
            "Niamh Corless.")
    assert labelled(text) == ["Save our unit,", "No to the cuts,"]
    assert [(q.text, q.speaker_name) for q in run(text)] == [("They are not listening,", "Niamh Corless")]


def test_a_board_that_said_something_is_a_body_not_a_sign(labelled):
    text = ("The Harlow Licensing Board refused the application. \u201cThe premises are unsuitable,\u201d the board "
            "said.")
    assert labelled(text) == []


def test_a_quotation_before_a_sign_noun_is_a_slogan(labelled):
    text = "Supporters waved \u201cKeep the ferry running\u201d banners as councillor Aoife Brennan arrived."
    assert labelled(text) == ["Keep the ferry running"]


def test_a_grade_in_quotation_marks_is_no_quotation(labelled):
    text = ("Analyst Priya Natarajan kept her \u201coverweight\u201d rating on the shares, and a rival broker moved "
            "to a \u201cneutral\u201d recommendation.")
    assert labelled(text) == ["overweight", "neutral"]


def test_a_grade_after_its_noun_and_of_is_no_quotation(labelled, run):
    text = ("Coroner Dr Aisling Brophy returned a verdict of \u201cmisadventure\u201d and said she would write to the "
            "council.\n\nInspectors gave the school a rating of \u201crequires improvement\u201d.")
    assert labelled(text) == ["misadventure", "requires improvement"]
    assert run(text) == []


def test_words_after_of_and_a_verb_are_someone_s(run):
    """Guard: after a verb, "of" brings in what was said, though the verb is spelt as a label noun is."""
    text = ("Coroner Dr Aisling Brophy spoke of \u201ca death that should never have happened\u201d.\n\nThe union "
            "backed the strike, its leader Francis Otieno warning of \u201csolidarity action across all sectors\u201d.")
    assert [q.speaker_name for q in run(text)] == ["Aisling Brophy", "Francis Otieno"]


def test_a_term_a_class_of_people_uses_is_no_quotation(labelled):
    text = ("Resident Lerato Sithole said the estate sits in what housing researchers call a \u201cservice gap\u201d, "
            "on the road that is known locally as the \u201cTop Field\u201d.")
    assert labelled(text) == ["service gap", "Top Field"]


def test_what_a_named_person_calls_something_is_their_words(run):
    text = "The minister, Tomasz Wilk, attacked what he calls the \u201cpaper pushing\u201d of the ministry."
    quotes = run(text)
    assert said(quotes) == ["paper pushing"]
    assert quotes[0].speaker_name == "Tomasz Wilk"


def test_explainer_teaser_line_is_boilerplate():
    assert is_boilerplate("Explainer: \u2018What happens when a river bursts its banks?\u2019")
    assert is_boilerplate("FACT CHECK: \u2018Are fares really higher in the north?\u2019")
    assert not is_boilerplate("Explaining the plan, she said: \u2018We will build it.\u2019")


def test_a_quotation_subject_of_an_inner_verb_is_the_outer_speakers(run):
    text = ("Health minister Grace Mwale visited the clinic on Tuesday.\n\n"
            "She said a \u201cspecial review panel\u201d would report to her before the end of the month.")
    quotes = run(text)
    assert said(quotes) == ["special review panel"]
    assert quotes[0].speaker_name == "Grace Mwale"


def test_a_second_partial_quotation_after_a_participle_keeps_the_speaker(run):
    text = ("\u201cThis is a tax on the people who can least afford it,\u201d said union organiser Declan Murphy.\n\n"
            "Murphy said the charge \u201cwill drive families out of the city,\u201d describing the proposed "
            "fee as \u201cnothing short of cruel.\u201d")
    last = run(text)[-1]
    assert last.text == "nothing short of cruel."
    assert (last.speaker_name, last.method, last.cue.text) == ("Declan Murphy", "governing verb", "describing")


def test_short_title_case_words_after_said_and_a_comma_are_words(run):
    text = "Asked whether she would stand again, the mayor, Ingrid Solberg, smiled and said, \u201cCertainly.\u201d"
    quotes = run(text)
    assert said(quotes) == ["Certainly."]
    assert quotes[0].speaker_name == "Ingrid Solberg"


def test_the_label_nouns_are_inscriptions_or_labels():
    assert set(LABEL_NOUNS.values()) == {"inscription", "label"}
    assert LABEL_NOUNS["placard"] == "inscription" and LABEL_NOUNS["rating"] == "label"


def test_admitted_dismissed_and_barked_report_words(run):
    text = ("The transport minister, Ruth Kamau, admitted the new timetable was \u201cnot good enough.\u201d\n\n"
            "Her deputy, Otieno Wafula, dismissed the complaints as \u201cnoise.\u201d\n\n"
            "\u201cGet out of my office,\u201d Wafula barked at a reporter.")
    quotes = run(text)
    assert [(q.speaker_name, q.method, q.cue.text) for q in quotes] == [
        ("Ruth Kamau", "governing verb", "admitted"), ("Otieno Wafula", "governing verb", "dismissed"),
        ("Otieno Wafula", "governing verb", "barked")]


def test_a_short_headline_in_sentence_case_names_its_speaker_before_the_colon(run):
    text = ("Mensah: time for a \u2018complete reset\u2019 of port deal.\n\n"
            "ACCRA - Ghana's trade minister, Kwabena Mensah, on Monday called for a complete reset of the port concession.")
    quotes = run(text)
    assert [(q.text, q.speaker_name, q.method) for q in quotes] == [("complete reset", "Kwabena Mensah", "headline")]


def test_a_cue_beyond_another_quotation_in_the_sentence_governs_both(run):
    text = ("After three dry summers, the new reservoir will bring \u201creal security\u201d to farmers and end the "
            "\u201cendless waiting for rain\u201d in the valley, regional water director Amara Osei said on Tuesday.")
    quotes = run(text)
    assert [(q.text, q.speaker_name, q.method) for q in quotes] == [
        ("real security", "Amara Osei", "governing verb"), ("endless waiting for rain", "Amara Osei", "governing verb")]


def test_a_quoted_word_sorting_people_in_a_relative_clause_is_a_term(labelled):
    text = ("Dr Aroha Ngata said the study found the risk was highest among nurses who worked \u201crotating\u201d "
            "shifts.")
    assert labelled(text) == ["rotating"]


@pytest.mark.parametrize("text", [
    "Former aide Rhys Penrose has written a memoir in which he exposes the \u201ctoxic\u201d culture of the party.",
    "The council waves off the delay as having a \u201cminimal\u201d impact.",
    "Councillor Ama Boateng refused to respond to claims that her staff were running \u201cnasty\u201d campaigns.",
    "Senator Dale Hargrove declined to answer claims that his aides had run \u201cvicious\u201d adverts against her.",
])
def test_a_lone_quoted_modifier_outside_such_a_clause_stays_a_quotation(labelled, text):
    assert labelled(text) == []


def test_title_case_words_one_speaker_says_or_gives_are_their_words(run):
    text = ("Council leader Graham Oduya opened the debate on the bypass. He called the scheme \u201cThe Road Ahead\u201d "
            "and said work would start in the spring.")
    quotes = run(text)
    assert said(quotes) == ["The Road Ahead"]
    assert quotes[0].speaker_name == "Graham Oduya"


def test_a_programme_told_through_or_a_name_no_one_in_particular_gives_stays_a_name(labelled):
    text = ("Minister Ramesh Shivaramaiah told Doordarshan\u2019s \u201cSabha Live\u201d that the bill was fair. "
            "The new stand, which has been dubbed \u201cThe Cauldron\u201d, opens in May.")
    assert labelled(text) == ["Sabha Live", "The Cauldron"]


def test_a_quotation_hanging_from_someones_words_is_theirs(run):
    text = ("Opposition housing spokeswoman Aoife Brannigan spoke first, and Housing Minister Declan Moriarty replied. "
            "Her warning that the target was \u201ca fantasy dressed up as a plan\u201d drew applause from the benches.\n\n"
            "Gov. Elena Marquez met Assembly Speaker Robert Delacroix on Wednesday. His reminder that the road fund was "
            "\u201crunning on fumes\u201d was aimed at the governor.")
    quotes = run(text)
    assert said(quotes) == ["a fantasy dressed up as a plan", "running on fumes"]
    assert [q.speaker_name for q in quotes] == ["Aoife Brannigan", "Robert Delacroix"]


def test_a_title_with_its_subtitle_or_after_its_maker_is_a_name(labelled):
    text = ("Dr Alison Fairweather, the author of \u201cSalt and Iron: The Making of Porthaven Docks\u201d, spoke on "
            "Thursday. Dana Whitfield, the host of \u201cNight Desk with Dana Whitfield\u201d, is running for council.")
    assert labelled(text) == ["Salt and Iron: The Making of Porthaven Docks", "Night Desk with Dana Whitfield"]


def test_a_grade_after_the_verb_or_noun_that_gives_it_is_no_quotation(labelled):
    """A grade alone in the marks after a verb of rating ("rates the stock a “buy”") or a label noun ("keeps stance
    ‘neutral’") labels the stock or the stance; a grade said as a sentence is still someone's words."""
    text = ("Bank keeps stance \u2018neutral\u2019 as inflation eases\n\nSunita Rao, who rates the stock "
            "\u201coutperform.\u201d said the results were \u201cclean\u201d. The broker rates Kestrel a \u201cbuy\u201d.\n\n"
            "\u201cSell,\u201d the trader said.\n")
    assert labelled(text) == ["neutral", "outperform.", "buy"]
