"""A message read out in court is its writer's, on sentences written for the test: "X read from a text message Y
sent a friend: “…”" is Y's, relayed by X (was X's own), and "A later message from the defendant said: “…”" is the
defendant's the story named (was the messaging app named before); a statement read with no writer named stays the
reader's."""
from __future__ import annotations

from quotes.extract import extract_quotes

Q, E = "\u201c", "\u201d"

DRIVER = ("Driver jailed for fatal crash\n\n"
          "Assistant District Attorney Marcus Fenn told the court Cody Lee Ratliff had two previous convictions for "
          "drunk driving. Fenn then read from a text message Ratliff sent a friend at 11:48 p.m.: "
          f"{Q}Leaving now. I am good to drive lol.{E}\n\n"
          f"{Q}He knew exactly what he was doing,{E} Fenn said.\n")

SYNDICATE = ("Bank card lender jailed\n\n"
             "Leung Chi-kin, 34, was jailed for three years on Tuesday for lending his bank cards to a fraud syndicate.\n\n"
             "Prosecutor Fiona Lam told the court that the defendant had first contacted the syndicate through "
             "WhatsApp in March.\n\n"
             f"A later message from the defendant said: {Q}If police call, say you lost the wallet.{E}\n")


def test_a_text_message_read_from_in_court_is_its_senders_relayed_by_the_reader(nlp):
    first, second = extract_quotes(DRIVER, nlp=nlp)
    assert (first.speaker_name, first.reported_by) == ("Cody Lee Ratliff", "Marcus Fenn")
    assert (second.speaker_name, second.reported_by) == ("Marcus Fenn", None)


def test_a_message_from_the_defendant_is_the_defendants(speakers):
    assert speakers(SYNDICATE, saying="lost the wallet") == ["Leung Chi-kin"]


def test_a_statement_read_with_no_writer_named_is_the_readers(speakers):
    text = ("Council meeting\n\n"
            "Councillor Marcus Fenn spoke first. Fenn then read from a prepared statement: "
            f"{Q}This council has failed its tenants.{E}\n")
    assert speakers(text) == ["Marcus Fenn"]
