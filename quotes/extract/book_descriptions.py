"""What one article calls each person besides the name, for SpeakerBook (speaker_book.py): the title or
role before it, an appositive after it, an age, a description that comes before the name ("An
84-year-old man who …"), so that "the coach" or "the 66-year-old" later finds them.

A mixin: it reads the book's `doc` (and its `tokens`), `history`, `subjects`, `roles` and fills `described` and `introduced`.
"""
from __future__ import annotations

from .lexicon import ROLE_SYNONYMS, ROLE_WORDS, TITLES
from .person_mentions import AGE, BODY_WORDS, age_in, describes_person
from .speaker import PERSON, Speaker
from .token_columns import tokens_with


class PersonDescriptions:
    """The words each person is described by, and the person a description stands for."""

    def _collect_descriptions(self) -> None:
        """What the article calls each person besides the name: the title or role before it, an
        appositive after it ("Martin Ives, the Wanderers coach,"), an age ("Boudreau, 66," or "the
        66-year-old Boudreau"), for later "the coach", "the 66-year-old"; then the descriptions
        that come before the name (see _collect_introductions, _collect_ages)."""
        doc = self.doc
        for pos, sp in self.history:
            if sp.kind != PERSON or not sp.name:
                continue
            full = self.full_name(sp.name, sp.gender)[0]
            words = self.described.setdefault(full, set())
            words.update(w.lower() for w in (self.roles.get(sp.name) or "").split())
            start, parts = pos, full.split()
            while start > 0 and doc[start - 1].text in parts[:-1]:  # a surname mention inside the full name
                start -= 1
            while start > 0 and doc[start - 1].text.rstrip(".").isalpha() \
                    and (doc[start - 1].lower_ in TITLES or doc[start - 1].lower_.rstrip(".") in ROLE_WORDS):
                start -= 1
                words.add(doc[start].lower_.rstrip("."))  # "Gen." describes "the general" (role_synonyms.tsv)
            if age := age_in(doc[max(0, start - 6):start].text):
                words.add(age)
            end = pos + len(sp.name.split())
            if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
                words.add(f"{doc[end + 1].text}-year-old")
            head = doc[end - 1] if end - 1 < len(doc) else None
            nouns = [c for c in (head.children if head is not None else ()) if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if head is not None and head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") \
                    and head.head.i < head.i and head.head.ent_type_ != "PERSON":
                noun = head.head  # "the Ceann Comhairle, Bríd Mhic Giolla Phádraig,"
                while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                    noun = noun.head.head  # "The traditional ruler of Okpala, Eze Chidubem Okoye,"
                nouns.append(noun)
            for noun in nouns:  # the noun and its modifiers, not "the city's"
                owner = {t.i for c in noun.lefts if c.dep_ == "poss" for t in c.subtree}
                words.update(t.lower_ for t in self.doc[noun.left_edge.i:noun.i + 1]
                             if t.is_alpha and t.i not in owner and t.dep_ != "det")
        self._collect_introductions()
        self._collect_ages()

    def _people_after(self, i: int) -> list[tuple[int, str]]:
        """(token index, full name) of the people named after token i, in text order."""
        return sorted((pos, self.full_name(sp.name, sp.gender)[0]) for pos, sp in self.history
                      if pos > i and sp.kind == PERSON and sp.name)

    def _collect_introductions(self) -> None:
        """A person described before they are named ("An 84-year-old man who broke his wrist …
        ¶ Harold Pengelly, from Lanrean, …"; "A former senior civil servant has told the inquiry
        that he …"): an indefinite description, the subject of its sentence or the opening of its
        paragraph, that the next person named as a subject, in the same or next paragraph, is.  The description
        then names them, and its words describe them ("the 84-year-old")."""
        doc = self.doc
        for tok in (self.tokens[i] for i in tokens_with(doc, "pos", ("NOUN",))):
            det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            if not (det is not None and self.outside(tok.i) and tok.lower_ not in BODY_WORDS
                    and (tok.dep_ in ("nsubj", "nsubjpass") or self._opens_paragraph(det.i)) and describes_person(tok)):
                continue
            pos, name = next(((pos, name) for pos, name in self._people_after(tok.i) if pos in self.subjects), (0, ""))
            if len(name.split()) < 2 or self.paragraph_of[pos] - self.paragraph_of[tok.i] not in (0, 1):
                continue
            phrase = doc[det.i:tok.i + 1]  # not a dateline before it
            for t in phrase:
                self.introduced[t.i] = name
            words = self.described.setdefault(name, set())
            words.update(t.lower_ for t in phrase if t.is_alpha and t.lower_ not in ("a", "an"))
            if age := age_in(phrase.text):
                words.add(age)
            self._meet(tok.i, name, subject=True)

    def _opens_paragraph(self, i: int) -> bool:
        """Whether token i is the first word of its paragraph, after a dateline ("KUALA LUMPUR –") if any
        (the parser may join a headline to it, so that it is no subject in the parse)."""
        para, j = self.paragraph_of[i], i - 1
        while j >= 0 and self.paragraph_of[j] == para and (self.doc[j].is_punct or self.doc[j].is_space
                                                             or self.doc[j].text.isupper()):
            j -= 1
        return j < 0 or self.paragraph_of[j] != para

    def _collect_ages(self) -> None:
        """"The 24-year-old" for someone whose age the article has not given yet: the person last
        named in its sentence ("Coach X praised striker Y after the 22-year-old scored"), else the one
        last named as a subject in that paragraph or the two before ("Marlins forward Kieran Boyd
        has signed … ¶ The 24-year-old, nicknamed …")."""
        doc = self.doc
        people = sorted(((pos, sp) for pos, sp in self.history if sp.kind == PERSON and sp.name), key=lambda h: h[0])
        for m in AGE.finditer(self.text):
            age = f"{m.group(1)}-year-old"
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the" or not self.outside(span.start) \
                    or any(age in words for words in self.described.values()):
                continue
            para, sentence = self.paragraph_of[span.start], doc[span.start].sent.start
            before = [(pos, sp) for pos, sp in people if sentence <= pos < span.start] or \
                [(pos, sp) for pos, sp in people if pos < span.start and para - self.paragraph_of[pos] <= 2
                 and pos in self.subjects]
            if before:
                sp = before[-1][1]
                self.described.setdefault(self.full_name(sp.name, sp.gender)[0], set()).add(age)

    def _described_person(self, word: str, lo: int, text: str) -> Speaker:
        """The latest person the article described as `word` ("coach", "66-year-old")."""
        for _, sp in self._recent(lo):
            if sp.kind == PERSON and sp.name and word in self.described.get(sp.name, ()):
                return Speaker(sp.name, PERSON, sp.role, self._gender(sp), "nominal")
        return Speaker(text, PERSON, None, None, "unresolved")

    def _fits(self, noun: str, name: str, role: str | None) -> bool:
        """Whether "the <noun>" may be the person `name`: their role or a word the article describes
        them by is the noun or a synonym of it ("boss" for a manager)."""
        words = self.described.get(name, set())
        if role and noun in role.lower() or noun in words:
            return True
        return any(other in words or role and other in role.lower().split() for other in ROLE_SYNONYMS.get(noun, ()))
