"""Who answers and who asks in an interview: the person the lead-in names in the most paragraphs answers, not the last
person it names ("Her agent, X, calls the album …"); the one who "spoke with the Herald" answers, not the paper; the
byline's writer asks, also after "Interview by" and where the lead-in says the interviewee spoke to the paper; on
articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_one_the_lead_in_is_about_answers(speakers):
    text = (f"{Q}I sing the songs my aunts sang at the well{E}\n\nFolk singer Meera Pillai on her third album and "
            "why she records in one take\n\nInterview by Tomás Grealy\n\nMeera Pillai recorded her third album in a "
            f"single night in a church hall in Thrissur.\n\n{Q}We had one microphone and a lot of tea,{E} Pillai says.\n\n"
            f"Her agent, Colin Haddow, calls the record {Q}the best thing she has done{E}.\n\nEdited excerpts:\n\n"
            f"Q: {Q}Why one take?{E}\n\nA: {Q}Because the songs were never meant to be perfect.{E}\n\n"
            f"Q: {Q}Who taught you?{E}\n\nA: {Q}My aunts, at the well, every morning.{E}\n")
    got = speakers(text)
    assert got[-4:] == ["Tomás Grealy", "Meera Pillai", "Tomás Grealy", "Meera Pillai"]


def test_the_one_who_spoke_with_the_paper_answers(speakers):
    text = ("Q&A: Mayor Denise Okafor on buses and bridges\n\nBy Lena Ortiz\n\nMayor Denise Okafor was sworn in to a second "
            "term in January.\n\nOkafor, 49, a former school principal, spoke with the Herald last week in her office at City Hall.\n\nWhen will the bridge reopen?\n\n"
            f"{Q}Not before the spring. The steel has to be tested first.{E}\n\nWhy cut the night buses?\n\n"
            f"{Q}We did not cut them. We moved them to the routes people ride.{E}\n")
    assert speakers(text) == ["Denise Okafor", "Denise Okafor"]


def test_the_byline_writer_asks_for_the_paper_spoken_to(speakers):
    text = ("A glaciologist on the melt\n\nBy Hanne Vik\n\nIngrid Solberg, who leads the ice group at the "
            "university in Tromsø, spoke to The Arctic Ledger in her office.\n\nQ: \u201cHow fast is the glacier "
            f"going?{E}\n\nA: {Q}Faster every year. We measure it twice a season.{E}\n")
    assert speakers(text) == ["Hanne Vik", "Ingrid Solberg"]


def test_the_byline_writer_asks_where_the_paper_did_the_interview(speakers):
    """The lead-in says the paper spoke to the film-maker, and names her producer: the producer puts no question."""
    text = ("\u2018Cinema is how a small country talks\u2019: Dina Abenova on her new film\n\nBy Saule Kenzhebek\n\n"
            "Dina Abenova's second feature premiered this week in Berlin.\n\nHer producer, Arman Tulegenov, says the film "
            f"cost less than {Q}a Hollywood catering bill{E}.\n\nThe Steppe Herald spoke to Abenova in Astana before she "
            f"left for Berlin.\n\nQ: {Q}Why salt?{E}\n\nA: {Q}Because salt is what the sea left behind.{E}\n")
    assert speakers(text, saying="Why salt") == ["Saule Kenzhebek"]
    assert speakers(text, saying="Because salt") == ["Dina Abenova"]


def test_a_later_run_of_turns_after_prose_naming_others_is_the_same_interview(speakers):
    text = ("\u2018I am not a politician\u2019: island doctor on a clinic with no road\n\n"
            "Dr. Lourdes Pacaña has spent 11 years as the only physician on the outer islets. She talks to the Courier "
            "about boats, budgets and why she turned down an offer to run for board member.\n\n"
            "Maricel Tabada\n\n"
            "CEBU, Philippines – Dr. Lourdes \u201cDoc Lulu\u201d Pacaña, 52, runs the rural health unit of Barangay "
            "Tingo on a small budget. When the tide is high, she goes to her patients by pumpboat.\n\n"
            "We spoke to her in her clinic. The interview has been edited for length and clarity.\n\n"
            "Q: \u201cWhy did you stay?\u201d\n\n"
            "A: \u201cI planned to stay two years. Then I delivered a baby on a banca.\u201d\n\n"
            "She laughs, but the numbers are serious. Her unit has one nurse and a volunteer driver, Dodong, whose "
            "pumpboat doubles as the ambulance.\n\n"
            "Dodong, whose real name is Romeo Cabahug, says he has made the crossing at night more times than he can "
            "count. \u201cI do not sleep in typhoon season,\u201d he said.\n\n"
            "Q: \u201cWould you run for office?\u201d\n\n"
            "A: \u201cNo. I am not a politician.\u201d")
    assert speakers(text, saying="politician")[-1] == "Lourdes Pacaña"
