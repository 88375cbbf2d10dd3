"""Bodies written short and the people beside them, on sentences written for the test: "the AFL" after "AFL counsel
X" is the body, not its counsel; "Manufacturers and Exporters Association" is one body, whose initials then stand for
it; a short name in brackets is no part of a body's name; "the X's chief executive officer, Name," is the person named;
and a press conference's "A:" is whose conference the lead-in says it is, or the coach it says was asked."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the NRL' after 'NRL counsel X' is the body",
     "Judiciary clears forward\n\nNRL counsel Simon Aldridge had argued for a two-match ban. "
     f"{Q}The contact was late and high,{E} Aldridge said.\n\nIn a brief statement, the NRL said it would "
     f"{Q}study the panel's reasons{E} before deciding whether to appeal.\n",
     "study the panel", "NRL"),
    ("members joined by 'and' before a body's word, and its initials after",
     "Factory fire inquiry\n\nThe Dhaka Knitwear Makers and Exporters Association said on Sunday it was "
     f"{Q}cooperating fully{E} with investigators.\n\nThe DKMEA said its members would pay for the funerals. "
     f"{Q}No family will be left to bear this alone,{E} it said.\n",
     "No family", "Dhaka Knitwear Makers and Exporters Association"),
    ("a short name in brackets is no part of the body's name",
     "Senate probe\n\nThe Commission on Elections (Comelec), in a report submitted to the panel, flagged 12 towns. "
     f"{Q}Site visits disclosed that the lists were padded,{E} the report said.\n",
     "Site visits", "Commission on Elections"),
    ("an officer of a body named in apposition is the person named",
     "Water letters\n\nI called the tanker service of the Lahore Water and Sanitation Agency (WASA). Nobody came.\n\n"
     "In March, the WASA's chief executive officer, Arif Hussain Shah, told reporters that illegal hydrants would be "
     f"{Q}closed within a month{E}.\n",
     "closed within a month", "Arif Hussain Shah"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_speaker(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


PRESS = ("\n\nQ: {q}Why did you take your captain off at the break?{e}\n\n"
         "A: {q}He was on a yellow card and the referee was looking for a reason.{e}\n\n"
         "Q: {q}Are you worried about the title race?{e}\n\n"
         "A: {q}No. We are three points clear, and one derby does not decide a season.{e}\n").format(q=Q, e=E)


@pytest.mark.parametrize("lead,answers", [
    ("Rangers coach Daniel Mwita said the penalty was a gift. Midfielder Yusuf Ally, who scored twice, called it "
     f"{Q}the best night of my life{E}.\n\nPart of Mwita's post-match news conference:", "Daniel Mwita"),
    ("Rangers coach Daniel Mwita saw his side lose the derby 2-1. United captain Yusuf Ally said the win was for the "
     "fans."
     "\n\nAt the post-match press conference, the Rangers coach was asked about his substitution.", "Daniel Mwita"),
], ids=["whose news conference it is", "the coach the lead-in says was asked"])
def test_a_press_conference_s_answers(speakers, lead, answers):
    found = speakers("Derby ends in anger\n\n" + lead + PRESS)
    assert found[-4:] == ["reporter", answers, "reporter", answers]
