"""A document speaks for whoever its own clause says made it, not for whoever the sentence around it is about; on
an article written for the test."""
from __future__ import annotations

TEXT = ("MUMBAI: The Bombay High Court on Friday quashed a demolition notice that the Pune Municipal Corporation had "
        "served on a private school in Kothrud.\n\nThe school had moved the court challenging the notice issued on "
        "August 3 declaring a portion of the building “dangerous”.\n\nA bench of Justices Anil Kulkarni and Meera "
        "Deshpande said the corporation had not inspected it. “The notice was issued without a site visit,” the "
        "bench said.")


def test_the_notice_is_the_corporation_that_served_it(nlp):
    from quotes.extract import extract_quotes

    assert [q.speaker_name for q in extract_quotes(TEXT, nlp=nlp)] == ["Pune Municipal Corporation", "Bombay High Court"]
