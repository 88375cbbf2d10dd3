"""Mentions that refer back, for SpeakerBook (speaker_book.py): a pronoun ("she", "it", "they") or a
nominal ("the minister", "the ministry", "the statement") resolved to the last fitting person or body
the article met, and the speakers remembered as the article is read, so that a later one finds them.

A mixin: it reads and fills the book's `history` (people and bodies in text order) and `subjects`.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from .grammar import is_main_subject
from .lexicon import (
    ARTICLES,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    GENERIC_BODY_NOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    REPORTING_FORMS,
    THING_PRONOUNS,
)
from .speaker import DOCUMENT, ORG, PERSON, UNKNOWN, Speaker

#: How many of the latest people and bodies a pronoun or "the ministry" may refer back to.
RECENT = 150
HE_SHE = MALE_PRONOUNS | FEMALE_PRONOUNS


class BackReferences:
    """Pronouns and nominals resolved to the people and bodies met before them."""

    def remember(self, at: int, speaker: Speaker) -> None:
        """Record a speaker met at token `at`, for later pronouns and nominals."""
        if speaker.name:
            bisect.insort(self.history, (at, speaker), key=lambda h: h[0])
            self.subjects.add(at)
            if speaker.kind == PERSON and speaker.gender:
                self.gender.setdefault(speaker.name, speaker.gender)

    def _recent(self, at: int) -> list[tuple[int, Speaker]]:
        """The people and bodies met before token `at`, newest first: at most RECENT of them, so that
        resolving every mention of a long article stays linear."""
        end = bisect.bisect_left(self.history, at, key=lambda h: h[0])
        return self.history[max(0, end - RECENT):end][::-1]

    def _gender(self, sp: Speaker) -> str | None:
        return sp.gender or (self.gender_of_name(sp.name) if sp.kind == PERSON and sp.name else None)

    def _follow_pronouns(self, until: int) -> None:
        """Resolve the subject pronouns ("She told the Herald …") before token `until`, in order,
        so that a later pronoun finds the person the text is about."""
        doc = self.doc
        while self._followed < until:
            tok = doc[self._followed]
            self._followed += 1
            if tok.lower_ in HE_SHE and tok.dep_ in ("nsubj", "nsubjpass") \
                    and self.outside(tok.i):
                found = self._pronoun(tok.lower_, tok.i)
                if found.name:
                    self.remember(tok.i, found)

    def _follow_bodies(self, until: int) -> None:
        """Remember the bodies that speak as "it" or "the department" before token `until` ("The department
        said in a statement it had hired 40 staff."), so that a later "it said" finds them."""
        doc = self.doc
        while self._followed_bodies < until:
            tok = doc[self._followed_bodies]
            self._followed_bodies += 1
            if not (tok.dep_ in ("nsubj", "nsubjpass") and REPORTING_FORMS.get(tok.head.lower_) and self.outside(tok.i)):
                continue
            if tok.lower_ in THING_PRONOUNS:
                found = self._pronoun(tok.lower_, tok.i)
            elif tok.text.islower() and (tok.lower_ in GENERIC_BODY_NOUNS or tok.lower_ in BODY_NOUNS) \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                found = self._nominal(tok, tok.i - 1, tok.i + 1)
            else:
                continue
            if found.kind == ORG and found.resolved in ("nominal", "pronoun"):
                self.remember(tok.i, found)

    def _pronoun(self, low: str, at: int) -> Speaker:
        self._follow_pronouns(at)
        self._follow_bodies(at)
        if low in FIRST_PERSON:
            return Speaker(None, UNKNOWN, None, None, "unresolved")
        if low in THING_PRONOUNS:
            wanted = (ORG, DOCUMENT)
        elif low in PLURAL_PRONOUNS:
            wanted = (ORG, PERSON)
        else:
            wanted = (PERSON,)
        gender = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
        # newest first: a main clause's subject in the same paragraph, else a subject there ("X said Y had
        # …"), else anyone fitting there, else a subject of the paragraph before, else the newest fitting
        # speaker (the scan stops as soon as the answer is known)
        para = self.paragraph_of[at]
        same = embedded = other = previous = newest = None
        for pos, sp in self._recent(at):
            if not (sp.kind in wanted and sp.name
                    and not (gender and self._gender(sp) and self._gender(sp) != gender)
                    and not (low in PLURAL_PRONOUNS and sp.kind == PERSON)):
                continue
            where = self.paragraph_of[pos]
            if newest is None:
                newest = sp
            if where == para:
                if pos in self.subjects and is_main_subject(self.doc[pos]):
                    same = sp
                    break
                if pos in self.subjects:
                    embedded = embedded or sp
                else:
                    other = other or sp
                continue
            same = embedded or other
            if same is not None:
                break
            if where == para - 1 and pos in self.subjects:
                previous = sp
                break
            if where < para - 1:
                break
        found = same or embedded or other or previous or newest
        if found is not None:
            return Speaker(found.name, found.kind, found.role, self._gender(found) or gender, "pronoun")
        return Speaker(None, UNKNOWN, None, gender, "unresolved")

    def _nominal(self, tok, lo: int, hi: int) -> Speaker:
        """"the statement", "the ministry", "the minister": the last fitting speaker.  The answer
        depends only on the speakers met before the mention (history only grows): it is kept, keyed by
        how many there are, for the other quotations that consider the same mention."""
        key = (tok.i, lo, hi, bisect.bisect_left(self.history, lo, key=lambda h: h[0]))
        if key not in self._nominals:
            self._nominals[key] = self._find_nominal(tok, lo, hi)
        return replace(self._nominals[key])

    def _find_nominal(self, tok, lo: int, hi: int) -> Speaker:
        low = tok.lower_
        words = {t.lower_ for t in self.doc[lo:hi]}
        definite = self.doc[lo].lower_ in ("the", "its", "their")  # "the company", not "a company"
        is_doc = low in DOCUMENT_NOUNS
        if is_doc and definite and (issuer := self._issuer(low, lo)) is not None:
            return issuer
        if not is_doc and definite and low in GENERIC_BODY_NOUNS and (body := self._story_body(low, lo)) is not None:
            return body
        for pos, sp in self._recent(lo):
            if not sp.name:
                continue
            if is_doc and sp.kind in (ORG, DOCUMENT):
                if not (words - ARTICLES - {low, "its", "their"}) or \
                        any(w in sp.name.lower() for w in words - {low, "the"}):
                    return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == ORG and (low in sp.name.lower() or low in GENERIC_BODY_NOUNS and definite):
                return Speaker(sp.name, sp.kind, sp.role, None, "nominal")
            if not is_doc and sp.kind == PERSON and self._fits(low, sp.name, sp.role):
                return Speaker(sp.name, sp.kind, sp.role, sp.gender, "nominal")
        if not is_doc and self._in_headline_block(lo):  # a headline's "Rovers boss", named in the story below
            for name in dict.fromkeys(name for _, name in self._people_after(lo)):
                if self._fits(low, name, self.roles.get(name)):
                    return Speaker(name, PERSON, self.roles.get(name), self.gender_of_name(name), "nominal")
        # "A June 2017 study": the date is not part of anyone's name
        text = " ".join(t.text for t in self.doc[lo:hi] if t.ent_type_ not in ("DATE", "TIME", "CARDINAL"))
        kind = DOCUMENT if is_doc else ORG if low in BODY_NOUNS else PERSON
        return Speaker(text, kind, None, None, "unresolved")

    def _in_headline_block(self, i: int) -> bool:
        """Whether token i stands in the article's first line (its headline), before anyone is named."""
        return self.paragraph_of[i] == 0 and not any(pos < i for pos, sp in self.history if sp.kind == PERSON)
