""""the family" looks back at every "family" before it (Families._family_in_focus); each token's family is worked
out once, so an article with many of them takes as many look-ups as it has, not twice as many for each one more."""
from __future__ import annotations

from quotes.extract import core
from quotes.extract.speaker_book import SpeakerBook


def test_each_family_token_is_looked_back_from_once(nlp, monkeypatch):
    calls: list[int] = []
    original = SpeakerBook._family_in_focus

    def counted(self, tok):
        calls.append(tok.i)
        return original(self, tok)

    monkeypatch.setattr(SpeakerBook, "_family_in_focus", counted)
    paras = ["Flood clean-up\n\nTom Hale, 62, lost his house in the flood."]
    paras += [f"In a statement read to the meeting by his wife, Ana, Tom Hale said the family would rebuild wall {i}. "
              "\u201cWe are staying,\u201d she read." for i in range(10)]
    core.extract_quotes("\n\n".join(paras), nlp=nlp)
    assert calls and len(calls) == len(set(calls))
