"""Questions put to someone (“Mr. Halvorsen, why should taxpayers believe you?” asked Kerry Motz"; "One reporter
asked her directly: “Will you stay?”"), for SpeakerBook (speaker_book.py): the "he" or "she" that opens the next
paragraph is the one asked, who answers ("He paused before answering. “…,” he said."; "“Yes,” she replied."), not
the asker the cue named.

A mixin: it reads the book's `doc`, `tokens`, `columns` and `outside`, and fills `questions`.
"""
from __future__ import annotations

from .lexicon import ASKING_VERBS, PUTTING_VERBS, QUESTION_OPENERS, REPLYING_VERBS
from .person_mentions import PERSONAL_TITLES, QUOTE_MARKS, is_name_token, title_gender
from .speaker import PERSON, Speaker

#: Object pronouns for the one asked -> the gender they tell.
_ASKED_PRONOUNS = {"him": "m", "her": "f"}


class AddressedQuestions:
    """Quoted questions that open by addressing someone with a title and name, or that the words around them put
    to someone."""

    def _collect_questions(self) -> None:
        """Each quoted question: (token after its closing mark, its paragraph, the person addressed, their gender,
        None) where it opens with a title and name and a comma ("“Mr. Halvorsen, you approved …?”"), else (…, None,
        the gender, the token of the one asked) where a verb of asking around it has a pronoun or a name for its
        object ("A reporter put it to him: “…?”")."""
        doc, toks, close = self.doc, self.tokens, 0
        for i in self.columns.tokens_with("orth", QUOTE_MARKS):
            if i + 2 >= len(doc) or self.outside(i + 1):
                continue
            if i >= close:  # (a mark nested inside the run just scanned ends where that run ends: no second scan)
                close = i + 1
                while close < len(doc) and not self.outside(close) and "\n" not in toks[close].whitespace_:
                    close += 1
            if close >= len(doc) or "?" not in doc[close - 2:close].text:
                continue
            if (named := self._addressed_by_name(i)) is not None:
                self.questions.append((close, self.paragraph_of[i], *named, None))
            elif (asked := self._asked(i, close)) is not None:
                gender = _ASKED_PRONOUNS.get(toks[asked].lower_)
                self.questions.append((close, self.paragraph_of[i], None, gender, asked))
            elif (asker := self._asker(i, close)) is not None:
                self.askers.append((close, self.paragraph_of[i], asker))
        self._collect_reported_questions()
        self.questions.sort(key=lambda q: q[0])

    def _collect_reported_questions(self) -> None:
        """Each question told in the writer's words, with no quotation in its sentence ("Brennan asked Ms Mallon
        whether …"; "The host asked him how …"; "She pressed him on …"; not the request of "asked her to
        speak"): (the token after its sentence, its paragraph, None, the gender of "him" or "her", the token of
        the one asked); one asked of no one named ("The judge asked whether …") is its asker's, in `askers`, so that
        "she replied" after it is someone else."""
        doc = self.doc
        for i in self.columns.tokens_with("lower", ASKING_VERBS):
            tok = doc[i]
            if tok.pos_ != "VERB" or not self.outside(i) or any(t.text in QUOTE_MARKS for t in tok.sent):
                continue
            if _puts_question(tok) and (asked := _object_asked(tok)) is not None:
                gender = _ASKED_PRONOUNS.get(doc[asked].lower_)
                self.questions.append((tok.sent.end, self.paragraph_of[i], None, gender, asked))
            elif _puts_question(tok) and (asker := next((c for c in tok.children if c.dep_ == "nsubj"), None)) is not None:
                self.askers.append((tok.sent.end, self.paragraph_of[i], asker.i))  # "The judge asked whether …"

    def _addressed_by_name(self, i: int) -> tuple[str, str | None] | None:
        """The full name and gender of the one a quotation opening at mark `i` addresses with a title and name and
        a comma ("“Mr. Halvorsen, …"), where the article links the name to a full one."""
        if i + 4 >= len(self.doc) or self.tokens[i + 1].lower_ not in PERSONAL_TITLES:
            return None
        return self.titled_name_at(i + 1, (",",))

    def titled_name_at(self, title: int, closers: tuple[str, ...],
                       or_closing_mark: bool = False) -> tuple[str, str | None] | None:
        """The full name and gender of one called by the title at token `title` and the name right after it, where a
        word of `closers` follows the name (or, with `or_closing_mark`, the quotation's closing mark: "…, Mr Leathley”")
        and the article links the name to a full one; None otherwise."""
        doc, toks = self.doc, self.tokens
        end = title + 1
        while end < len(doc) and is_name_token(toks[end]):
            end += 1
        if end == title + 1 or end >= len(doc) or toks[end].text not in closers and not (or_closing_mark and self.outside(end)):
            return None
        gender = title_gender(toks[title].lower_)
        name, linked = self.full_name(doc[title + 1:end].text, gender)
        return (name, gender) if linked else None

    def _asked(self, i: int, close: int) -> int | None:
        """The token of the one a quoted question (marks `i` .. `close`) is put to in its sentences, outside
        quotations: the object of a verb of asking, "him", "her" or a name ("One reporter asked her directly:
        “…?”", "“…?” a reporter asked him", "A reporter put it to him")."""
        doc, toks = self.doc, self.tokens
        for tok in doc[toks[i].sent.start:toks[min(close, len(doc) - 1)].sent.end]:
            if tok.pos_ == "VERB" and self.outside(tok.i) and (asked := _object_asked(tok)) is not None:
                return asked
        return None

    def _asker(self, i: int, close: int) -> int | None:
        """The token of the subject of the verb of asking a quoted question (marks `i` .. `close`) hangs on, in
        its sentences outside quotations ("Justice Deshpande then asked: “…?”"); None if there is none."""
        doc = self.doc
        for tok in doc[doc[i].sent.start:doc[min(close, len(doc) - 1)].sent.end]:
            if tok.lower_ in ASKING_VERBS and tok.pos_ == "VERB" and self.outside(tok.i):
                return next((c.i for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        return None

    def replies_to_asker(self, at: int, name: str) -> bool:
        """Whether "he" or "she" at token `at` replies ("she replied", "he answered") to a question `name` asked
        of no one named, in the paragraph before or the sentence before: the one who replies is someone else
        ("Justice Deshpande then asked: “…?” ¶ “We have,” she replied.": the counsel who spoke before)."""
        if self.doc[at].head.lower_ not in REPLYING_VERBS:
            return False
        return any(self.resolve(self.doc[asker].left_edge.i, asker + 1, asker).name == name
                   for _, _, asker in self._asked_just_before(at, self.askers))

    def _answering(self, at: int, asker: str | None, gender: str | None) -> Speaker | None:
        """The person a question in the paragraph before token `at`, or in the sentence before its own in its
        paragraph, was put to, whom "he" or "she" at `at` (of `gender`) means instead of `asker`; None when no
        such question was asked of another ("Brennan asked Ms Mallon whether …. “…,” she said.": Mallon), or it was
        asked of someone of the other gender (one of no known gender may answer)."""
        asked = self._asked_just_before(at, self.questions)
        if not asked:
            return None
        _, _, name, asked_gender, obj = asked[-1]
        if obj is not None:
            name = self._asked_person(obj)
        if name is None or name == asker or gender and (asked_gender or self.gender_of_name(name)) not in (gender, None):
            return None
        return Speaker(name, PERSON, self.roles.get(name), asked_gender or self.gender_of_name(name) or gender, "pronoun")

    def _asked_just_before(self, at: int, questions: list[tuple]) -> list[tuple]:
        """The questions (token after the question, its paragraph, …) that end before the sentence of token `at`
        in the paragraph before its own, or in its paragraph after the sentence before its own: those whose
        answer the sentence may give.  A quotation of several sentences right before `at` counts from its first
        ("… asked Ms Rao whether …. “…. …,” she replied.")."""
        opening = self._quotation_before(at)
        para, start = self.paragraph_of[at], self.doc[opening].sent.start
        before, just_before = self._previous_paragraph(para), self._sentence_before(opening)
        return [q for q in questions if q[0] <= start and (q[1] == before or q[1] == para and q[0] > just_before)]

    def _asked_person(self, obj: int) -> str | None:
        """The name of the person the object at token `obj` of a verb of asking means ("Ms Hale"; "her": someone
        met before its sentence, never the asker its subject names)."""
        tok = self.doc[obj]
        found = self._pronoun(tok.lower_, tok.sent.start) if tok.lower_ in _ASKED_PRONOUNS \
            else self.resolve(tok.left_edge.i, obj + 1, obj)
        return found.name if found.kind == PERSON and found.resolved not in ("unresolved", "nominal") else None


def _object_asked(verb) -> int | None:
    """The token of the one a verb of asking or putting puts its question to: its object "him", "her" or a name
    ("asked her", "pressed Ms Hale", "put it to him"); None for other verbs and objects."""
    putting = verb.lower_ in PUTTING_VERBS
    if not (putting or verb.lower_ in ASKING_VERBS):
        return None
    for obj in verb.children:
        if putting and obj.dep_ == "prep" and obj.lower_ == "to":
            obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
        elif putting or obj.dep_ not in ("dobj", "dative"):
            continue
        if obj is not None and (obj.lower_ in _ASKED_PRONOUNS or obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN"):
            return obj.i
    return None


def _puts_question(verb) -> bool:
    """Whether the verb of asking `verb` reports a question: a clause or phrase after it opens with "whether",
    "if", a wh-word, "about" or "on" ("asked Ms Mallon whether …", "pressed him on costs"), unlike a request
    ("asked her to speak")."""
    return any(c.i > verb.i and c.dep_ in ("ccomp", "prep", "advcl") and c.left_edge.lower_ in QUESTION_OPENERS
               for c in verb.children)
