"""Question-and-answer turns ("Q:", "A:") on pages written for the test: every turn of one run is the asker's or the
answerer's the lead-in names, however far the run goes on; the answers are never the questions' asker nor the
byline's writer, nor broken by an answer's second paragraph (an edited interview, a coach "blunt" before a post-match exchange, whose questions a reporter put:
"Asked whether …, Asante-Darko was blunt"); a news conference is whose the
lead-in says it is ("Lim Sang-hoon’s post-match news conference")."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"
INTERVIEW = (
    f"{Q}The loch taught me patience{E}: Morag Ellison on 40 years as a ferry skipper\n\nBy Callum Reid\nCourier Staff\n\n"
    "After four decades of carrying passengers across the loch, skipper Morag Ellison steered her last crossing on "
    "Saturday.\n\nEllison, 66, took the helm in 1986 and became senior skipper in 2001.\n\n"
    "This interview has been edited for length.\n\n"
    f"Q: {Q}What was the job like when you started?{E}\n\nA: {Q}Cold. We had no cabin heater and a radio that worked "
    f"when it felt like it.{E}\n\nQ: {Q}Your worst crossing?{E}\n\nA: {Q}January 1993. Force nine and a bus on board. "
    f"Never again.{E}\n\nQ: {Q}What will you do now?{E}\n\nA: {Q}Sleep past five, for a start.{E}\n")
MATCH = (
    "'We deserved more' - Harbour coach fumes after late equaliser\n\nBy Efua Mensimah\n\n"
    "Tema Harbour head coach Kojo Asante-Darko criticised the officials after a 1-1 draw with Obuasi Miners on "
    'Saturday.\n\n"We scored a clean goal and it was taken away," Asante-Darko said after the match.\n\n'
    'Obuasi coach Yaw Boakye-Ansah, 52, praised his players.\n\n"They kept going until the end," Boakye-Ansah said.\n\n'
    "Asked whether his side had tired late on, Asante-Darko was blunt.\n\n"
    'Q: "Coach, did your players run out of legs?"\n\nA: "Run out of legs? We pressed for ninety minutes. Watch the '
    'tape again."\n')
CONFERENCE = (
    f"Daegu coach Lim: {Q}We forgot how to defend{E}\n\nBy Seo Ji-won\n\nDAEGU \u2014 Suwon Bluewings beat Daegu Stars 3-1 "
    f"on Sunday, a fourth straight defeat for the home side.\n\nSuwon captain Baek Min-jae scored twice.\n\n"
    f"{Q}We were patient and the chances came,{E} Baek said.\n\n"
    "Part of Daegu coach Lim Sang-hoon\u2019s post-match news conference:\n\n"
    f"Q: {Q}What went wrong at the back?{E}\n\nA: {Q}We forgot how to defend. Every cross was a danger.{E}\n\n"
    f"Q: {Q}Are you worried about your job?{E}\n\nA: {Q}No. I worry about Wednesday.{E}\n\n"
    f"Q: {Q}Why was Cho on the bench?{E}\n\nA: {Q}He trained for one day this week. I could not risk him.{E}\n\n"
    "Daegu said on Monday that Lim had the club's backing.\n")

RESUMED = (
    "Toomas Kallas on ferries, fog and the islands\n\nBy Liis Parn\n\n"
    "Captain Toomas Kallas has run the island ferry for eleven years. The mariner, 58, grew up on Hiiumaa.\n\n"
    "We met him on the bridge. The interview has been edited.\n\n"
    f"Q: Is the crossing getting harder?\n\nA: {Q}Fog is worse than ice. Ice you can see.{E}\n\n"
    f"{Q}Last winter we waited nine hours off Rohuküla. Nobody complained.{E}\n\n"
    f"Q: Will the new bridge plan end your job?\n\nA: {Q}Nobody will build that bridge in my lifetime.{E}\n\n"
    f"Q: And after you retire?\n\nA: {Q}A small boat and no timetable.{E}\n")


def test_answers_after_an_answer_s_second_paragraph_are_still_the_interviewee_s(speakers):
    assert speakers(RESUMED) == ["Toomas Kallas"] * 4


def test_an_edited_interview_s_answers_are_the_interviewee_s_and_its_questions_the_writer_s(speakers):
    names = speakers(INTERVIEW)[-6:]
    assert names == ["Callum Reid", "Morag Ellison"] * 3


def test_a_coach_asked_before_the_turns_answers_a_reporter_not_the_byline_s_writer(speakers):
    assert speakers(MATCH)[-2:] == ["reporter", "Kojo Asante-Darko"]


def test_every_answer_of_a_news_conference_is_the_coach_s_whose_conference_it_is(speakers):
    names = speakers(CONFERENCE)[-6:]
    assert names == ["reporter", "Lim Sang-hoon"] * 3


SHERIFF = (
    "Sheriff answers questions\n\nSheriff Ronnie Castellaw spoke to reporters on Friday.\n\n"
    f"{{ASK}}: {Q}Sheriff, is the deputy’s body camera footage going to be released?{E}\n\n"
    f"{{ANSWER}}: {Q}Not until the state police finish their review.{E}\n\n"
    f"{{ASK}}: {Q}Do you believe the deputy followed policy?{E}\n\n"
    f"{{ANSWER}}: {Q}I am not going to get ahead of the investigation.{E}\n")


def test_one_who_spoke_to_reporters_answers_them(speakers):
    text = SHERIFF.replace("{ASK}", "Q").replace("{ANSWER}", "A")
    assert speakers(text) == ["reporter", "Ronnie Castellaw"] * 2


def test_a_reporter_label_no_one_named_is_a_reporter(speakers):
    text = SHERIFF.replace("{ASK}", "REPORTER").replace("{ANSWER}", "CASTELLAW")
    assert speakers(text) == ["reporter", "Ronnie Castellaw"] * 2


def test_a_desk_s_byline_puts_no_questions(speakers):
    text = SHERIFF.replace("{ASK}", "Q").replace("{ANSWER}", "A").replace(
        "Sheriff answers questions\n\n", "Sheriff answers questions\n\nBy Newsroom Staff\n\n")
    assert speakers(text) == ["reporter", "Ronnie Castellaw"] * 2


PRESS = (
    "Vik keeps his nerve as Lysaker edge derby\n\nBy Ingrid Dahl\n\nLysaker beat Kjelsås 2-1 on Sunday with a penalty in "
    f"the last minute.\n\nLysaker coach Thomas Vik praised his striker. {Q}He is never afraid to miss,{E} Vik said.\n\n"
    f"From the press conference:\n\nQ: {Q}Thomas, was it a penalty?{E}\n\nVik: {Q}From that angle, yes.{E}\n\n"
    f"Q: {Q}Can Lysaker win the league?{E}\n\nVik: {Q}Ask me in November.{E}\n")


def test_a_press_conference_s_questions_are_a_reporter_s_not_the_byline_s_writer(speakers):
    assert speakers(PRESS)[-4:] == ["reporter", "Thomas Vik"] * 2


RADIO = (
    "Callers press ferry boss on cancellations\n\nThe head of the Island Ferry Company, Mr Colin Hartley-Baines, "
    "took questions on the call-in programme on Sea FM yesterday.\n\nAn edited transcript follows.\n\n"
    f"HOST MARCIA GOODING: {Q}Mr Hartley-Baines, we have a caller from Speightstown. Go ahead, Mr Lovell.{E}\n\n"
    f"CALLER (MR LOVELL): {Q}Good morning. Three sailings cancelled this month. Why?{E}\n\n"
    f"HARTLEY-BAINES: {Q}Good morning. Two were the weather and one was an engine fault.{E}\n\n"
    f"GOODING: {Q}And what are you doing about the engines?{E}\n\n"
    f"HARTLEY-BAINES: {Q}We have a new engine arriving in March.{E}\n\n"
    f"GOODING: {Q}Another caller now, from Oistins. Ms Pilgrim, you are on the air.{E}\n\n"
    f"CALLER (MS PILGRIM): {Q}Yes, good morning. The fares are too high.{E}\n")


def test_a_radio_transcripts_parts_and_names_are_the_speakers(speakers):
    assert speakers(RADIO) == ["Marcia Gooding", "Lovell", "Colin Hartley-Baines", "Marcia Gooding",
                               "Colin Hartley-Baines", "Marcia Gooding", "Pilgrim"]


def test_a_label_of_initials_is_the_person_they_spell(speakers):
    text = ("Coach: no excuses\n\nCity head coach Declan Moriarty says injuries are no excuse.\n\n"
            f"Here is what else the City boss said:\n\nQ: {Q}How bad is the hamstring?{E}\n\n"
            f"DM: {Q}It is a tear. We will see him in April.{E}\n\nQ: {Q}Have you spoken to the owners?{E}\n\n"
            f"DM: {Q}Every week. They know the situation.{E}\n")
    assert speakers(text)[1::2] == ["Declan Moriarty", "Declan Moriarty"]


def test_a_heading_in_capitals_over_several_lines_is_no_speaker(speakers):
    text = (f"Count\n\nREACTION: {Q}This is a historic night for the party,{E} said Ciara Moloney.\n\n"
            f"REACTION: {Q}We will be back,{E} said Tom Hession.\n")
    assert speakers(text) == ["Ciara Moloney", "Tom Hession"]
