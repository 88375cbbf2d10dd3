"""Someone a letter's writer or a reporter in the first person asked, and gives no name for, answers the "he" or
"she" that follows ("When I asked the deckhand about it, she said", "I asked a traffic warden why. He told me:"),
as the article calls them; not where the one asked is named, nor where their noun tells the other sex."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_one_asked_in_an_opening_clause_answers(speakers):
    text = (f"Sir, \u2013 The ferry from Rathlin has run late every week since May. When I asked the deckhand about "
            f"it, she said, {Q}Take it up with the council, love.{E} So I am.\n\nBridget McAuley, Ballycastle\n")
    assert speakers(text, saying="Take it up") == ["deckhand"]


def test_the_one_asked_in_the_sentence_before_answers(speakers):
    text = (f"Madam \u2013 The lights on Canal Street have been out for a month. I asked a traffic warden why nothing "
            f"was being done. He told me: {Q}That is not our department.{E}\n\nOwen Pritchard, Wrexham\n")
    assert speakers(text, saying="not our department") == ["traffic warden"]


def test_a_named_one_asked_keeps_the_name(speakers):
    text = (f"I asked the caretaker, Dermot Hanley, about the leak. He said: {Q}The roof is older than I am.{E}\n")
    assert speakers(text, saying="roof is older") == ["Dermot Hanley"]


def test_a_noun_of_the_other_sex_is_not_the_one_meant(speakers):
    text = (f"Aoife Brennan runs the shop on the square. When I asked a boy outside about the queue, she came out. "
            f"{Q}They are all here for the bread,{E} she said.\n")
    assert speakers(text, saying="here for the bread") == ["Aoife Brennan"]


def test_people_asked_in_the_plural_leave_the_named_one(speakers):
    text = ("Mary Otieno, the school's head teacher, met parents on Friday.\n\n"
            f"I asked the parents what they thought. She said: {Q}We will reopen on Monday.{E}\n")
    assert speakers(text, saying="reopen on Monday") == ["Mary Otieno"]


def test_a_noun_ending_in_man_is_not_she(speakers):
    text = ("Council leader Ruth Kimani attended the meeting.\n\n"
            f"I asked the chairman about the budget. She said: {Q}The figures will be published next week.{E}\n")
    assert speakers(text, saying="figures will be") == ["Ruth Kimani"]


def test_someone_s_spokesman_asked_is_not_the_one_meant(speakers):
    text = ("Health minister Jane Wanjiru visited the hospital on Monday.\n\n"
            f"I asked her spokesman why the wards were empty. She said: {Q}Staff are on leave.{E}\n")
    assert speakers(text, saying="on leave") == ["Jane Wanjiru"]


def test_a_noun_for_one_who_does_something_may_be_asked(speakers):
    text = (f"Sir, \u2013 I asked a bylaw enforcer at the market why the stalls were blocking the lane. He told me: "
            f"{Q}We have no order to move them.{E}\n\nPeter Njoroge, Thika\n")
    assert speakers(text, saying="no order") == ["bylaw enforcer"]
