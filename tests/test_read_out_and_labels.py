"""Words someone reads out for another ("read out a statement from Ashcroft", "on behalf of the force", "“…,” Oduya
read" after he read a statement on her behalf) or was told ("“…,” he told me, Mr Bainbridge said"): the writer's or
teller's, relayed by the reader; transcript labels for a part no name is given ("OPERATOR:"); and a live page's
key event labelled by a body ("‘…’ – Met Department"), which is the body's, while one labelled by a role is the
person the post names.  Sentences written for the test; fictional people and bodies."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


def _relayed(nlp, text):
    from quotes.extract import extract_quotes

    return [(q.speaker_name, q.reported_by) for q in extract_quotes(text, nlp=nlp)]


@pytest.mark.parametrize("reading, writer", [
    ("read out a statement from Ashcroft, who did not attend", "Simon Ashcroft"),
    ("read a letter by Ashcroft to the meeting", "Simon Ashcroft"),
    ("read a statement on behalf of the Harwell Trust", "Harwell Trust"),
])
def test_a_statement_read_out_is_its_writers(nlp, reading, writer):
    text = ("The board met on Thursday. Simon Ashcroft founded the Harwell Trust in 1998.\n\n"
            f"The chair, Margaret Olufemi, {reading}: {L}I have concluded that the trust needs a new chief executive.{R}")
    assert _relayed(nlp, text) == [(writer, "Margaret Olufemi")]


def test_an_operator_label_is_the_operator(speakers):
    text = ("Harbourline earnings call: excerpts\n\n"
            "Chief executive Tom Garza and chief financial officer Lena Park took questions on Thursday.\n\n"
            f"GARZA: {L}We had a strong quarter. Revenue rose 12 percent.{R}\n\n"
            f"OPERATOR: {L}Our next question comes from Priya Raman with Coastal Securities.{R}\n\n"
            f"RAMAN: {L}Thanks. Can you talk about margins?{R}\n\n"
            f"PARK: {L}Margins improved by two points, mostly from lower freight costs.{R}")
    assert speakers(text) == ["Tom Garza", "operator", "Priya Raman", "Lena Park"]


def test_a_key_event_labelled_by_a_body_is_the_bodys(speakers):
    text = ("Storm Mara live: the eye passes close to Abaco\n\n"
            "Key events\n"
            "10.05 ‘Deeply worrying’ – Abaco council chief executive\n"
            "11.40 ‘It is now a Category 3’ – National Emergency Management Agency\n\n"
            "10.05\n\n"
            "Abaco council chief executive Nikhil Varma said the flooding was “deeply worrying”.\n\n"
            "11.40\n\n"
            f"Chief meteorologist Latoya Darville said: {L}It is now a Category 3. The eye will pass close to Abaco "
            f"overnight.{R}")
    assert speakers(text) == ["Nikhil Varma", "National Emergency Management Agency", "Nikhil Varma", "Latoya Darville"]


def test_a_label_of_initials_is_the_person_they_spell(speakers):
    text = ("Garvey: ‘We will not panic’\n\n"
            "By Ruth Ellam\n\n"
            "Harrogate Town manager Niall Garvey said his side would not panic after a fourth defeat in a row.\n\n"
            f"{L}We will not panic. Every team has a bad month,{R} Garvey said on Thursday.\n\n"
            "Here is what else the Town boss said:\n\n"
            "On his goalkeeper\n\n"
            f"Q: {L}How is Sam's shoulder?{R}\n\n"
            f"NG: {L}Better than we feared. He should be back in March.{R}\n")
    assert speakers(text)[-1] == "Niall Garvey"


@pytest.mark.parametrize("verb", ["read", "read out"])
def test_a_reader_named_after_a_quotation_reads_another_s_words(nlp, verb):
    text = ("Mayor skips council meeting\n\n"
            "Mayor Ingrid Solberg, who is recovering from surgery, did not attend. Her chief of staff, Marcus Oduya, "
            f"{verb} a statement on her behalf.\n\n"
            f"{L}I remain fully committed to the budget we agreed in March,{R} Oduya {verb}.")
    assert _relayed(nlp, text) == [("Ingrid Solberg", "Marcus Oduya")]


def test_a_reader_of_nothing_before_reads_their_own_words(nlp):
    text = ("Poet opens festival\n\n"
            "The poet Anwen Price opened the festival on Friday with a new poem.\n\n"
            f"{L}The river keeps what the town forgets,{R} Anwen Price read.")
    assert _relayed(nlp, text) == [("Anwen Price", None)]


@pytest.mark.parametrize("pronoun, speaker, teller", [
    ("he", "Shaun Tennick", "Craig Bainbridge"),
    ("she", "Joan Pike", "Sandra Hale"),
])
def test_words_told_to_the_one_who_reports_them_are_the_teller_s(nlp, pronoun, speaker, teller):
    tlast = teller.split()[-1]
    title = "Mr" if pronoun == "he" else "Ms"
    text = (f"Arson trial\n\n{teller} told the court that weeks earlier {speaker} had come to the door.\n\n"
            f"{L}I will burn it down with you in it,{R} {pronoun} told me, {title} {tlast} said.")
    assert _relayed(nlp, text) == [(speaker, teller)]


def test_a_label_of_a_body_s_initials_is_the_body(speakers):
    text = ("Q&A: the schools chief on reading\n\n"
            "ILOILO CITY (PNA) — The Philippine News Agency (PNA) sat down with Schools Division Superintendent "
            "Dr. Rosalinda Gatchalian to talk about reading scores.\n\n"
            f"PNA: {L}What is the division doing now?{R}\n\n"
            f"GATCHALIAN: {L}Every school now has a reading hour before anything else.{R}\n\n"
            f"PNA: {L}Your message to parents?{R}\n\n"
            f"GATCHALIAN: {L}Read with them for fifteen minutes a day.{R}\n")
    assert speakers(text) == ["Philippine News Agency", "Rosalinda Gatchalian"] * 2


def test_the_statement_of_someone_a_lawyer_read_is_theirs(speakers):
    text = ("Widow asks police to find mastermind\n\n"
            "Atty. Ramon Dizon read the two-page statement of Teresita Alvarez, the wife of the slain broadcaster, "
            "at a news conference on Wednesday.\n\n"
            f"{L}My husband was an honest man who named names,{R} the statement read.")
    assert speakers(text) == ["Teresita Alvarez"]


@pytest.mark.parametrize("reading", [
    "Prosecutor Alma Fenwick read to the court a victim impact statement prepared by the dead man's mother, "
    "Dorothy Pell, who sat in the gallery.",
    "Prosecutor Alma Fenwick then read to the court a statement from the dead man's mother, Dorothy Pell.",
])
def test_she_wrote_after_a_woman_read_another_woman_s_statement_is_the_writer(nlp, reading):
    text = ("Shop killer jailed\n\n"
            "A man who shot a shopkeeper in Kingsbridge was jailed for 18 years on Friday.\n\n"
            f"{reading}\n\n"
            f"{L}Every morning he would ring me before he opened the shop. Now the phone does not ring,{R} she wrote.")
    assert _relayed(nlp, text) == [("Dorothy Pell", "Alma Fenwick")]


def test_she_read_after_a_statement_was_read_by_her_is_the_writer(nlp):
    text = ("Driver jailed over fatal crash\n\n"
            "The victim's husband, Warren Darnley, sat at the back of the court.\n\n"
            "A victim impact statement from Mr Darnley was read to the court by the couple's daughter, Erin Darnley.\n\n"
            f"{L}You took the best of us that night,{R} she read.")
    assert _relayed(nlp, text) == [("Warren Darnley", "Erin Darnley")]


def test_she_read_after_a_statement_read_by_her_in_which_the_writer_said_is_the_writer(nlp):
    text = ("Farmhand jailed\n\n"
            "Station manager Craig Pemberton was struck by the quad bike and broke his pelvis.\n\n"
            "In a victim impact statement read to the court by his wife, Leanne, Mr Pemberton said he had been unable "
            "to work for five months.\n\n"
            f"{L}I have never been frightened of anyone on that station until that morning,{R} she read.")
    assert _relayed(nlp, text) == [("Craig Pemberton", "Leanne Pemberton")]


def test_a_reader_who_wrote_her_own_words_keeps_them(nlp):
    text = ("Councillor quits\n\n"
            "Councillor Alma Fenwick read a statement to the chamber on Monday.\n\n"
            f"{L}I have served this ward for twelve years and I leave it with pride,{R} she wrote.")
    assert _relayed(nlp, text)[0][0] == "Alma Fenwick"


def test_labels_with_brackets_name_the_caller_the_outlet_s_reporter_and_the_titled_official(speakers):
    text = ("Transcript: the market fire\n\n"
            "City Fire Marshal Supt. Aida Kusain of the Bureau of Fire Protection answered questions on Thursday.\n\n"
            f"REPORTER (DXTF Radyo Tuna): {L}How many stalls were burned?{R}\n\n"
            f"FIRE MARSHAL KUSAIN: {L}About 120 stalls. No one was hurt.{R}\n\n"
            f"CALLER (PAULINE, SPANISH TOWN): {L}My brother had a stall there. Will the traders get help?{R}\n\n"
            f"FIRE MARSHAL KUSAIN: {L}The city will open a help desk on Monday.{R}")
    assert speakers(text) == ["DXTF Radyo Tuna reporter", "Aida Kusain", "Pauline", "Aida Kusain"]


def test_a_label_s_first_word_never_written_before_the_name_keeps_the_label_whole(speakers):
    text = ("Transcript: the market fire\n\n"
            "Fire officer Aida Kusain answered questions on Thursday.\n\n"
            f"RUTH KUSAIN: {L}My sister was there all night. She has not slept.{R}")
    assert speakers(text) == ["Ruth Kusain"]


def test_an_affidavit_read_that_the_parser_took_for_one_noun_is_its_author_s(speakers):
    text = ("Bail denied\n\nSipho Ndlovu, 34, is charged with robbery.\n\nIn an affidavit read to the court by his "
            "attorney, Advocate Thabo Kekana, Ndlovu said he had been hired to drive a bakkie.\n\n"
            f"{L}I was only the driver,{R} the affidavit read.")
    assert speakers(text) == ["Sipho Ndlovu"]


def test_a_submission_read_that_the_parser_took_for_one_noun_is_the_body_s(speakers):
    text = ("Bike lanes\n\nThe Downtown Business Improvement Zone said in a written submission that it supported the "
            f"pilot in principle. {L}Our members want to be partners in this,{R} the submission read.")
    assert speakers(text) == ["Downtown Business Improvement Zone"]


def test_and_i_quote_is_no_cue_of_the_writer(speakers):
    text = ("Letter: fix the water supply\n\nDear Editor,\n\nThe minister, Mr Lloyd Barrett, spoke in St Thomas on "
            f"Sunday. He said, and I quote: {L}We cannot make it rain.{R}\n\nHubert Quashie\nHarbour View, St Andrew")
    assert speakers(text) == ["Lloyd Barrett"]


def test_a_pronoun_in_one_letter_never_means_the_writer_of_the_letter_before(speakers):
    text = ("Letters\n\nWater first\n\nDear Editor,\n\nMy street has had water for two hours a day since June.\n\n"
            "My community of Red Hills is worse off than Harbour View.\n\n"
            "Desmond A. Hylton\nHarbour View, St Andrew\n\n---\n\nGive the police the tools\n\nDear Editor,\n\n"
            "I listened to the Commissioner of Police on radio last Thursday. Asked about thefts, he said: "
            f"{L}We have 14 officers covering a whole parish.{R}\n\nOwen G. Shakespeare\nSouthfield, St Elizabeth")
    assert speakers(text) == [None]


def test_a_relative_takes_the_family_name_of_a_signature_after_a_dash(speakers):
    text = ("Letters\n\nRink decision short-sighted\n\nThe council should tell me what changed.\n\n"
            "\u2014 Myrna Zaharia, Ebenezer\n\nElevator should stay\n\nMy late husband, Walter, hauled grain to it for "
            f"40 years. He used to say, {L}You can see home from 20 miles out.{R}\n\n\u2014 Olga Pelechaty, Willowbrook")
    assert speakers(text) == ["Walter Pelechaty"]


def test_a_reader_who_added_words_by_name_says_his_own(speakers):
    text = ("Mayor reads resignation\n\nMayor Colin Ferris read aloud the resignation letter of councillor Dana Whitfield "
            f"at Tuesday's meeting.\n\n{L}It has been an honour to serve,{R} the letter said.\n\n"
            f"{L}I accepted it with regret and I wish her well,{R} Ferris added.")
    assert speakers(text) == ["Dana Whitfield", "Colin Ferris"]


def test_a_correction_s_label_in_brackets_names_no_one(speakers):
    text = ("Live: flood updates\n\nMayor Grace Ndlovu visited the shelters on Monday.\n\n"
            f"CORRECTION (JAN. 5): {L}The bridge is closed,{R} police said.")
    assert speakers(text) == ["police"]


def test_brackets_with_a_stage_direction_or_a_name_after_an_unnamed_part(speakers):
    text = ("Transcript: evening news\n\nThe programme hosted by Derek Blake took calls about water rates.\n\n"
            f"ANCHOR (voice-over): {L}Floodwaters rose across the valley overnight.{R}\n\n"
            f"CALLER (UNIDENTIFIED): {L}My bill has doubled this year.{R}\n\n"
            f"HOST (DEREK BLAKE): {L}And what did the utility tell you?{R}\n\n"
            f"REPORTER (LIVE): {L}The waves are now reaching the seawall.{R}")
    assert speakers(text) == ["anchor", "caller", "Derek Blake", "reporter"]


def test_a_list_of_names_after_dashes_is_no_letters_page():
    from quotes.extract.letters import signatures

    text = ("Winners announced\n\nThe following residents won the photo contest, judge Karen Sloane said:\n"
            "\u2014 Mary Jones, Halifax\n\u2014 Tom Reed, Moncton\n\n\u201cThe standard was very high,\u201d she said.\n")
    assert signatures(text) == []


def test_words_one_of_a_group_said_by_an_aside_s_teller_are_that_one_s(nlp):
    text = ("Market move\n\nCouncillor Allison Greaves-Thomas said the vendors had not been consulted. The councillor "
            "said she had met a group of vendors last week. One of them, she told the meeting, had asked her: "
            f"{L}Where I going to get customers?{R}")
    assert _relayed(nlp, text) == [("vendor", "Allison Greaves-Thomas")]


def test_a_statement_from_someone_named_after_a_comma_is_theirs_though_the_parser_hangs_the_name_elsewhere(nlp):
    text = ("Van driver jailed\n\nA statement from the cyclist's partner, Tom Easterbrook, was read to the court by his "
            f"sister, Lucy Easterbrook.\n\n{L}We had booked our wedding for June,{R} she read.")
    assert _relayed(nlp, text) == [("Tom Easterbrook", "Lucy Easterbrook")]


def test_an_interviewer_labelled_by_the_paper_s_name_is_the_paper(nlp):
    """A Q&A's questions under the paper's own name ("HERALD:" in the Rarotonga Herald, "TIMES:", used on every
    question, in the Times of Lubombo) are the paper's; without the outlet known the label's word stays."""
    from quotes.extract import extract_quotes
    text = ("Youngest skipper\n\nAt 23, Vainetutai Kora is the youngest skipper in the fleet. She spoke to us on the "
            "wharf.\n\n"
            f"TIMES: {L}How did you start?{R}\n\nKORA: {L}On my grandfather's boat, at nine years old.{R}\n\n"
            f"TIMES: {L}What did he say?{R}\n\nKORA: {L}He said I could stay.{R}\n")
    paper = [(q.speaker_name, q.speaker_kind) for q in extract_quotes(text, nlp=nlp, outlet="Times of Lubombo")]
    assert paper == [("Times of Lubombo", "organization"), ("Vainetutai Kora", "person")] * 2
    assert [q.speaker_name for q in extract_quotes(text, nlp=nlp)][::2] == ["Times", "Times"]


def test_an_interviewer_the_lead_in_names_as_the_paper_s_is_that_person(speakers):
    """"She spoke to the Tribune’s Alvin Chua": the questions under "TRIBUNE:" are his."""
    text = ("Parks chief\n\nDr Veronica Gunggut took over as director in August. She spoke to the Tribune\u2019s Alvin "
            "Chua about climbers.\n\n"
            f"TRIBUNE: {L}What does the mountain mean to you?{R}\n\nGUNGGUT: {L}It is family.{R}\n\n"
            f"TRIBUNE: {L}Are there too many climbers?{R}\n\nGUNGGUT: {L}Not yet.{R}\n")
    assert speakers(text) == ["Alvin Chua", "Veronica Gunggut"] * 2


def test_an_interviewer_named_so_is_theirs_where_the_label_reads_as_the_paper_s_name(speakers):
    """"SIGNAL:" under a page that prints its name ("The Big Land Signal") reads as that name; "sat down with the
    Signal's Derek Blake" says whose the questions are."""
    text = ("New chief\n\nBy Derek Blake\nThe Big Land Signal\n\nMary Jane Pastitshi, 44, was elected chief last month. "
            "She sat down with the Signal's Derek Blake at the band office.\n\n"
            f"SIGNAL: {L}Why did you run?{R}\n\nPASTITSHI: {L}Because I was tired of complaining.{R}\n\n"
            f"SIGNAL: {L}What comes first?{R}\n\nPASTITSHI: {L}Housing.{R}\n")
    assert speakers(text) == ["Derek Blake", "Mary Jane Pastitshi"] * 2


def test_a_name_read_from_a_label_keeps_the_accents_the_article_writes(speakers):
    """"JOSEPHINE:" is the caller the lead-in calls Joséphine."""
    text = ("Phone-in\n\nThe presenter, Marie Laval, took calls. A caller, Jos\u00e9phine from Rose-Hill, rang in.\n\n"
            f"LAVAL: {L}Good morning, you are on air.{R}\n\nJOSEPHINE: {L}The buses are late every day.{R}\n\n"
            f"LAVAL: {L}Thank you.{R}\n\nJOSEPHINE: {L}We wait an hour.{R}\n")
    assert speakers(text) == ["Marie Laval", "Jos\u00e9phine"] * 2
