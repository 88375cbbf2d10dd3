"""A letters page written for the test: a letter's salutation ("Sir, –") is no one, so the words a letter quotes
stay with whom it quotes (the government that promised, the correspondent who claimed); a page's section label
("LETTERS:") is no speaker, nor a word the tagger runs from a headline into its quotation ("captain’s ‘Sorry"); "the driver turned round and said" after "When I asked why" is the driver's; a letter's heading in marks is its
writer's words, the name signed below the letter, however the signature is set ("Name, Place", "Name, Street, Town.",
"Name," or the name over the place), and a page's title that quotes one letter's heading is that letter's writer's."""
from __future__ import annotations

from quotes.extract.letters import signatures, writer_of

Q, E, L, R = "\u201c", "\u201d", "\u2018", "\u2019"
PAGE = (
    f"LETTERS: {L}Our bus is our lifeline{R} \u2013 and other views\n\n"
    f"Sir, \u2013 In 2019 the Scottish Government promised to finish the Perth bypass {Q}by 2025{E}. Your correspondent "
    f"Ewan Baird (Letters, March 1) claims that the new turbines are {Q}ruining every view in Strathearn{E}.\n\n"
    f"He is wrong. They bring {Q}real money to real villages{E}.\n\nMorag Dunlop, Comrie\n")


def test_a_salutation_is_no_speaker(speakers):
    names = speakers(PAGE)
    assert "Sir" not in names
    assert speakers(PAGE, saying="by 2025") == ["Scottish Government"]
    assert speakers(PAGE, saying="ruining every view") == ["Ewan Baird"]


def test_a_page_s_section_label_is_no_speaker(speakers):
    assert "Letters" not in speakers(PAGE) and "LETTERS" not in speakers(PAGE)


def test_a_knight_at_a_line_s_start_is_still_a_person(speakers):
    text = f"Sir Alan Ferrier, the club's president, said the stand would reopen. {Q}We owe the town that,{E} he said.\n"
    assert speakers(text) == ["Alan Ferrier"]


def test_a_name_the_tagger_runs_over_a_quotation_s_mark_is_no_one_s(speakers):
    text = (f"Forum: Bus captain{R}s {L}Sorry, uncle, bus full{R} is not good enough for wheelchair users\n\n"
            "I use a wheelchair and take the 190 to work every day.\n\nLast Tuesday, the bus captain did not lower the "
            f"ramp. He told us through the open door: {Q}Sorry, uncle, bus full. Next one.{E}\n\nTan Ah Kow\n")
    assert "Sorry" not in speakers(text)


def test_a_role_whose_verbs_are_joined_says_the_words_a_letter_writer_asked_for(speakers):
    text = ("Letters\n\nLast Monday I boarded a trotro and was charged nine cedis. When I asked why, the driver turned "
            f"round and said: {Q}Madam, fuel price went up, so fare goes up.{E}\n\nAbena Larbi, Dansoman\n")
    assert speakers(text) == ["driver"]


SIGNED = (f"Letters: {L}Our bus stop has no shelter{R} and other views\n\nLETTERS TO THE EDITOR\n\n"
        f"{L}Two hours in the rain for the 14{R}\n\nI waited for the 14 bus on Tuesday for two hours. The driver told me: "
        f"{Q}We are three drivers short.{E}\n\nMoira Cullen, Ballymena\n\n"
        f"{L}Our bus stop has no shelter{R}\n\nThe shelter on Church Street was removed in March and never replaced.\n\n"
        "T. J. Hanna,\nCarrickfergus\n\n"
        f"{L}Thank you to the ward staff{R}\n\nThe nurses on Ward 4 were kindness itself.\n\nGrace Adair\nLarne\n")


def test_the_signatures_of_a_letters_page():
    assert [name for _, _, name in signatures(SIGNED)] == ["Moira Cullen", "T. J. Hanna", "Grace Adair"]


def test_a_page_with_one_signature_is_no_letters_page():
    text = "Council news\n\nThe council met on Monday.\n\nMoira Cullen, Ballymena\n"
    assert signatures(text) == []


def test_lines_that_open_a_letter_or_an_article_are_no_signatures():
    text = "By Jane Mercer, Political Editor\n\nDear Editor,\n\nBuses are late.\n\nMoira Cullen, Ballymena\n\nGrace Adair, Larne\n"
    assert [name for _, _, name in signatures(text)] == ["Moira Cullen", "Grace Adair"]


def test_the_writer_is_the_one_signed_below_the_heading_or_below_the_heading_it_repeats():
    signed = signatures(SIGNED)
    first = SIGNED.index("Two hours")
    title = SIGNED.index("Our bus stop")
    assert writer_of(SIGNED, first, first + len("Two hours in the rain for the 14"), signed)[2] == "Moira Cullen"
    assert writer_of(SIGNED, title, title + len("Our bus stop has no shelter"), signed)[2] == "T. J. Hanna"


def test_each_letter_s_heading_is_its_writer_s(speakers):
    names = dict(zip(["Two hours in the rain for the 14", "Our bus stop has no shelter", "Thank you to the ward staff"],
                     ["Moira Cullen", "T. J. Hanna", "Grace Adair"]))
    for words, name in names.items():
        assert set(speakers(SIGNED, saying=words)) == {name}
    assert speakers(SIGNED, saying="three drivers short") == ["driver"]


def test_a_signature_loses_from_and_titles_and_capitals():
    """"From Deborah Finch, Leeds" opens a letter where some papers sign it; "Fr MARK SCICLUNA" signs in capitals
    after a title: the writers are Deborah Finch and Mark Scicluna."""
    text = (f"Letters\n\n{L}My bank told me to visit a branch that closed{R}\n\nFrom Deborah Finch, Leeds\n\nMy bank "
            f"closed its branch in 2023.\n\n{L}Our parishes hide the homeless{R}\n\nMany sleep in cars.\n\nFr MARK "
            "SCICLUNA,\nSliema\n")
    assert [name for _, _, name in signatures(text)] == ["Deborah Finch", "Mark Scicluna"]



def test_a_surname_in_one_letter_is_not_the_full_name_another_letter_is_signed_with(speakers):
    text = ("Letters\n\nRubbish after the concert\n\n"
            f"The streets of San Po Kong were left filthy after the concert. {Q}Nobody came to clean,{E} a shopkeeper told "
            "me.\n\nKelly Fong, San Po Kong\n\nScreens at bedtime\n\n"
            f"Years ago our daughter\u2019s paediatrician, Dr Fong, warned us: {Q}A phone in the bedroom is the enemy of "
            f"sleep.{E}\n\nSchools still set homework with late deadlines on tablets.\n\nBonnie Lai, Kowloon Tong\n")
    assert speakers(text, saying="enemy of sleep") == ["Fong"]


def test_a_sentence_of_prose_after_a_date_and_a_comma_is_no_signature():
    text = ("Search called off\n"
            "On Monday, Sgt. Colleen Parsons of the Royal Newfoundland Constabulary read a statement from the family.\n"
            "The Fish, Food and Allied Workers union said it would press Ottawa for mandatory flotation devices.\n")
    assert signatures(text) == []


def test_a_relative_a_letter_names_by_given_name_takes_its_writers_family_name(speakers):
    text = ("Letters\n\nBuses\n\nMy husband, Harold, waited an hour for the 42 last week. "
            f"{Q}I will not do that again,{E} Harold said.\n\nMary Hesketh, Wigan\n\nBins\n\n"
            f"Our bins were not collected for three weeks. {Q}We are looking into it,{E} a council officer told me.\n\n"
            "Jack Fong, Leigh\n")
    assert speakers(text) == ["Harold Hesketh", "council officer"]


def test_a_reply_after_the_last_letter_is_the_one_a_letter_named_in_full(speakers):
    text = ("Letters\n\nRates\n\nCr Graham Telfer calls a 9.8 per cent rates rise modest. I wonder whether he has met any "
            "pensioners lately.\n\nJoan Baird, Mosgiel\n\nMeters\n\nMy water meter has read zero since February.\n\n"
            f"Ian Pettigrew, Kaikorai\n\nCr Telfer responds: {Q}I stand by my comments.{E}\n")
    assert speakers(text) == ["Graham Telfer"]


def test_a_response_introduced_by_was_is_the_words_of_whoever_gave_it(speakers):
    council = ("Letters\n\nPotholes\n\nI wrote to Cottonwood Falls City Council about the potholes on Main Street. The "
               f"council\u2019s response to my email was: {Q}We appreciate your concerns and will review the road in "
               f"spring.{E}\n")
    assert speakers(council) == ["Cottonwood Falls City Council"]
    police = ("Letters\n\nBreak-in\n\nI reported the break-in at once. The response from Guernsey Police was: "
              f"{Q}Officers will attend when resources allow.{E}\n")
    assert speakers(police) == ["Guernsey Police"]


def test_a_signature_after_a_hyphen_signs_the_letter_whose_writer_says_my(speakers):
    text = ("Letters\n\nPark cleanup\n\nAs my late husband, Frank, used to say, "
            f"{Q}A park is just a field until somebody cares about it.{E}\n\n- Helen Voss, Cedar Fork\n\nBus times\n\n"
            f"The 42 is always late. {Q}We are reviewing the timetable,{E} a driver told me.\n\n- Tom Reyes, Harlow\n")
    assert speakers(text) == ["Frank Voss", "driver"]


def test_a_reply_from_her_office_is_the_one_her_means(speakers):
    text = ("Road\n\nMayor Jane Smith spoke to residents on Monday. The reply from her office was: "
            f"{Q}There is no money left for the road this year.{E}\n")
    assert speakers(text) == ["Jane Smith"]
