"""A live page's post that opens with a role as its label ("Mayor: ‘…’") is the person the post goes on to name in
that role ("Mayor Julie Tran said …"), else the one person it names, on posts written for the test; a label no one
in the post fits keeps the role. A body's name as the label ("Environment Agency: “…”", "Police: “…”") is the body,
the force the page names for "Police"; a body's initials ("UNRA: ‘…’") or the noun for its kind ("Council: ‘…’") is
the body the post below writes out."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the label's role, named in the post",
     "Bushfire live: evacuations ordered\n\n14:20\n\n"
     "Mayor: \u2018We will open the showgrounds tonight.\u2019\n\n"
     "Mayor Julie Tran said buses would leave the town hall every half hour.\n",
     "Julie Tran"),
    ("the one person the post names",
     "Bushfire live: evacuations ordered\n\n14:05\n\n"
     f"Fire chief: {Q}This fire is moving faster than anything we have seen this season.{E}\n\n"
     "Incident controller Mark Dunstan told reporters crews had been pulled back from the ridge.\n",
     "Mark Dunstan"),
    ("a label with two people named and neither in the role keeps the role",
     "Bushfire live: evacuations ordered\n\n14:20\n\n"
     "Mayor: \u2018We will open the showgrounds tonight.\u2019\n\n"
     "Residents Ann Kerr and Bill Ross said they would stay with friends.\n",
     "Mayor"),
    ("a body's name as the label",
     "Live: Flooding across Shropshire\n\n10.42am\n\n"
     f"Environment Agency: {Q}Barriers are holding in Frankwell{E}\n\n"
     "Teams worked through the night to raise the temporary walls.\n",
     "Environment Agency"),
    ("'Police' as the label, the force the page names",
     "Live: Flooding across Shropshire\n\n10.30am\n\n"
     "West Mercia Police said two roads in the town centre had been closed.\n\n10.15am\n\n"
     f"Police: {Q}Stay away from the riverside{E}\n\nOfficers have closed two roads.\n",
     "West Mercia Police"),
    ("a body's initials as the label, written out below it",
     "Live: Floods in Kasese\n\n4.52pm\n"
     "KNRA: \u2018Road will stay closed until the water subsides\u2019\n\n"
     "The Kasese Northern Roads Authority says the bridge will stay shut until engineers inspect it.\n",
     "Kasese Northern Roads Authority"),
    ("the noun for a body's kind as the label, the body of that kind the post names",
     "Live: Flooding across Shropshire\n\n11.12am\n"
     "Council: \u2018The rest centre has space\u2019\n"
     "Ludlow Town Council said 64 people had registered at the sports hall.\n",
     "Ludlow Town Council"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]


def test_initials_written_out():
    from quotes.extract.body_mentions import written_out

    text = "Natural Resources Wales has 14 warnings. The Office of Rail and Road said so. Dai Morgan agreed."
    assert written_out("NRW", text) == "Natural Resources Wales"
    assert written_out("ORR", text) == "Office of Rail and Road"
    assert written_out("DM", text) is None  # two letters: a person's initials as often as a body's
    assert written_out("SJM", "Sarah Jane Mitchell said so.") is None  # a person's name
    assert written_out("DPM", "Deputy Prime Minister Ann Rees said so.") is None  # an office's


def test_a_body_s_name_as_the_label_over_its_spokesperson_s_words(speakers):
    """"Environment Agency: “…”" over the words an Environment Agency spokesperson says below was the spokesperson's."""
    text = ("Live: Flooding across Shropshire\n\n7.18am\n"
            f"Environment Agency: {Q}Expect the river to peak between 2pm and 6pm{E}\n"
            f"An Environment Agency spokesperson told us: {Q}We expect the river to peak between 2pm and 6pm today. "
            f"The barriers are holding.{E}\n")
    assert speakers(text) == ["Environment Agency", "Environment Agency spokesperson"]
