"""Questions put to someone by name ("“Mr. Halvorsen, why should taxpayers believe you?” asked Kerry Motz"), for
SpeakerBook (speaker_book.py): the "he" or "she" that opens the next paragraph is the one asked, who answers
("He paused before answering. “…,” he said."), not the asker the cue named.

A mixin: it reads the book's `doc`, `tokens`, `columns` and `outside`, and fills `questions`.
"""
from __future__ import annotations

from .person_mentions import PERSONAL_TITLES, QUOTE_MARKS, is_name_token, title_gender
from .speaker import PERSON, Speaker


class AddressedQuestions:
    """Quoted questions that open by addressing someone with a title and name."""

    def _collect_questions(self) -> None:
        """Each quoted question opening with a title and name and a comma ("“Mr. Halvorsen, you approved …?”"):
        (token after its closing mark, its paragraph, the person addressed, their gender by the title)."""
        doc = self.doc
        for i in self.columns.tokens_with("orth", QUOTE_MARKS):
            if i + 4 >= len(doc) or self.outside(i + 1) or doc[i + 1].lower_ not in PERSONAL_TITLES:
                continue
            end = i + 2
            while end < len(doc) and is_name_token(doc[end]):
                end += 1
            if end == i + 2 or doc[end].text != ",":
                continue
            close = end
            while close < len(doc) and not self.outside(close) and "\n" not in doc[close].whitespace_:
                close += 1
            if close >= len(doc) or "?" not in doc[close - 2:close].text:
                continue
            gender = title_gender(doc[i + 1].lower_)
            name, linked = self.full_name(doc[i + 2:end].text, gender)
            if linked:
                self.questions.append((close, self.paragraph_of[i], name, gender))

    def _answering(self, at: int, asker: str | None, gender: str | None) -> Speaker | None:
        """The person a question in the paragraph before token `at` addressed, whom "he" or "she" at `at`
        (of `gender`) means instead of `asker`; None when no such question was asked of another."""
        before = self._previous_paragraph(self.paragraph_of[at])
        asked = [(name, g) for close, para, name, g in self.questions if close < at and para == before]
        if asked and asked[-1][0] != asker and gender in (asked[-1][1], None):
            name = asked[-1][0]
            return Speaker(name, PERSON, self.roles.get(name), asked[-1][1] or self.gender_of_name(name), "pronoun")
        return None
