"""Quotation-mark scanner: finds the spans of text that stand between quotation marks.

It knows curly and straight double and single marks, guillemets (also »reversed«),
„low“ marks, the `` '' pair and the NYT-style '' '' pair, tells apostrophes and
inch marks from quotation marks, follows a quotation over several paragraphs (opening mark repeated at each
new paragraph) and closes a quotation left open at the end of its paragraph
rather than let it run on.  It returns only outermost quotations; the ones nested
inside them are part of their text.  Work is linear in the length of the text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .lexicon import UNNAMED_LABELS

DOUBLE, SINGLE = "double", "single"
OPEN, CLOSE, EITHER = "open", "close", "either"

_MARK = regex.compile(r"``|''|[\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a]")
_PARAGRAPH_BREAK = regex.compile(r"\n")
_MARKUP_TAG = regex.compile(r"</?[A-Za-z][^<>\n]{0,500}>")
_OPENING_BEFORE = set("([{<\u2014\u2013-/\u201c\u2018\u00ab\u2039\"'`")
_CLOSING_AFTER = set(".,;:!?)]}>\u2014\u2013-/\u2026\u201d\u2019\u00bb\u203a\"'*")
_ELISIONS = ("em", "til", "tis", "twas", "cause", "bout", "n")  # 'em, 'til, rock 'n' roll, Afrikaans 'n


@dataclass
class QuoteSpan:
    """A quotation: where its words are and which marks enclose them."""

    start: int  # first character of the quoted words (after the opening mark)
    end: int  # end of the quoted words (before the closing mark), exclusive
    open_at: int  # position of the opening mark
    close_at: int | None  # position of the closing mark; None when never closed
    close_len: int = 1
    kind: str = DOUBLE
    unterminated: bool = False
    segments: list[tuple[int, int]] = field(default_factory=list)
    label: tuple[int, int] | None = None  # a transcript turn's speaker label ("WALLACE:"), just before its words

    @property
    def multi_paragraph(self) -> bool:
        return len(self.segments) > 1

    @property
    def outer_end(self) -> int:
        """End of the quotation including its closing mark."""
        return self.end if self.close_at is None else self.close_at + self.close_len


@dataclass
class _Mark:
    pos: int
    length: int
    kind: str
    role: str
    curly: bool


def _classify(text: str, m) -> _Mark | None:
    """Say what a candidate mark is, or None when it is an apostrophe or inch mark."""
    ch, pos, n = m.group(), m.start(), len(text)
    before = text[pos - 1] if pos > 0 else " "
    after = text[m.end()] if m.end() < n else " "
    opens = before.isspace() or before in _OPENING_BEFORE
    closes = after.isspace() or after in _CLOSING_AFTER
    if ch == "``":
        return _Mark(pos, 2, DOUBLE, OPEN, True)
    if ch == "''":
        if opens and not after.isspace():
            return _Mark(pos, 2, DOUBLE, OPEN, True)
        return _Mark(pos, 2, DOUBLE, CLOSE, True) if not before.isspace() or closes else None  # … 'Avenue,' ''
    if ch in "\u201c\u201e\u201f\u00ab":
        if ch in "\u201c\u00ab" and closes and not opens:
            return _Mark(pos, 1, DOUBLE, EITHER, True)  # „Wir bleiben“, »Wir bleiben«, a misprinted “rapists“
        return _Mark(pos, 1, DOUBLE, OPEN, True)
    if ch in "\u201d\u00bb":
        if opens and not closes:
            return _Mark(pos, 1, DOUBLE, EITHER, True)
        return _Mark(pos, 1, DOUBLE, CLOSE, True)
    if ch == '"':
        if before.isdigit() and _after_measure(text, pos):
            return None  # 5'11" or 12"
        if opens and not closes:
            return _Mark(pos, 1, DOUBLE, OPEN, False)
        if closes and not opens:
            return _Mark(pos, 1, DOUBLE, CLOSE, False)
        return _Mark(pos, 1, DOUBLE, EITHER, False)
    # single marks: apostrophes first
    if before.isalnum() and after.isalpha():
        return None  # don't, Hegseth's
    if _is_elision(text, m.end()):
        return None  # 'em, '90s, rock 'n' roll
    if before.isdigit() and ch in "'\u2032":
        return None  # 5' tall
    if ch in "\u2018\u201a\u201b\u2039":
        return _Mark(pos, 1, SINGLE, OPEN, True) if not after.isspace() else None
    if ch == "\u203a":
        return _Mark(pos, 1, SINGLE, CLOSE, True)
    # ’ and ' : an opening mark after a space, else a possible closing mark
    if opens and not after.isspace() and not before.isalnum():
        return _Mark(pos, 1, SINGLE, OPEN, ch != "'")
    if closes and not before.isspace():
        return _Mark(pos, 1, SINGLE, CLOSE, ch != "'")
    return None


def _after_measure(text: str, pos: int) -> bool:
    """True when a double mark right after a digit is an inch mark (5'11", 12"-wide); after a plain number
    (“… $200,000" from”, a 12" screen) it can only close a quotation, never open one."""
    start = pos - 1
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".'\u2032"):
        start -= 1
    return "'" in text[start:pos] or "\u2032" in text[start:pos] or text[pos + 1:pos + 2] == "-"


def _is_elision(text: str, after: int) -> bool:
    """True when the mark before `after` starts an elided word ('90s, 'em, 'n')."""
    rest = text[after:after + 6].lower()
    if len(rest) >= 2 and rest[0].isdigit() and rest[1].isdigit() and (len(rest) < 3 or not rest[2].isdigit()):
        return True
    return any(rest.startswith(e) and (len(rest) == len(e) or not rest[len(e)].isalpha()) for e in _ELISIONS)


def _after_plural(text: str, pos: int) -> bool:
    """Whether the mark at pos follows a plural -s and comes before a word: the players’ union."""
    return text[pos - 1:pos] in ("s", "S") and text[pos + 1:pos + 2] == " " and text[pos + 2:pos + 3].isalnum()


def _paragraph_ends(text: str) -> list[int]:
    """Positions of the line breaks that end paragraphs, plus the end of the text."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]


class _Scanner:
    """Pairs classified marks, paragraph by paragraph, keeping a stack of open marks.

    A quotation continued into the next paragraph stays at the bottom of the stack;
    `segments` holds the paragraphs it has covered so far.  `open_at` keeps, per
    kind, the stack indexes of the open marks, so finding the innermost open mark
    of a kind is one step, whatever else the stack holds.  `nested` keeps the
    quotations closed inside a mark still open, in case that mark turns out to be
    an apostrophe (’n, a misread elision) and they were outermost after all.
    """

    def __init__(self, text: str):
        self.text = text
        self.found: list[QuoteSpan] = []
        self.stack: list[_Mark] = []
        self.open_at: dict[str, list[int]] = {DOUBLE: [], SINGLE: []}
        self.segments: list[tuple[int, int]] = []
        self.seg_start = 0  # where the bottom quotation's words start in this paragraph
        self.skip_at = -1  # the repeated opening mark of a continued paragraph
        self.curly_closes: list[int] = []  # positions of curly closing double marks
        self.single_opens: list[int] = []  # positions of opening single marks
        self.single_closes: list[int] = []  # positions of closing single marks
        self.plural_marks: list[int] = []  # the closing single marks that may be plural possessives
        self.nested: list[tuple[int, QuoteSpan]] = []  # (stack depth, quotation) closed inside open marks
        self.para_start, self.para_end = 0, len(text)

    def run(self) -> list[QuoteSpan]:
        tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(self.text)]
        marks = [k for k in (_classify(self.text, m) for m in _MARK.finditer(self.text))
                 if k and not _inside(tags, k.pos)]
        self.curly_closes = [k.pos for k in marks if k.curly and k.kind == DOUBLE and k.role == CLOSE]
        self.single_opens = [k.pos for k in marks if k.kind == SINGLE and k.role == OPEN]
        self.single_closes = [k.pos for k in marks if k.kind == SINGLE and k.role == CLOSE]
        self.plural_marks = [pos for pos in self.single_closes if _after_plural(self.text, pos)]
        i, para_start = 0, 0
        for para_end in _paragraph_ends(self.text):
            self.para_start, self.para_end = para_start, para_end
            while i < len(marks) and marks[i].pos < para_end:
                if marks[i].pos != self.skip_at:
                    self._feed(marks[i])
                i += 1
            if self.text[para_start:para_end].strip():  # a blank line changes nothing (and costs nothing)
                self._end_paragraph(para_start, para_end, marks[i] if i < len(marks) else None)
            para_start = para_end + 1
        return self.found

    def _open_of(self, kind: str) -> int | None:
        return self.open_at[kind][-1] if self.open_at[kind] else None

    def _push(self, mark: _Mark) -> None:
        self.open_at[mark.kind].append(len(self.stack))
        self.stack.append(mark)

    def _truncate(self, size: int) -> None:
        """Drop the open marks from stack index `size` up."""
        del self.stack[size:]
        for indexes in self.open_at.values():
            while indexes and indexes[-1] >= size:
                indexes.pop()

    def _feed(self, mark: _Mark) -> None:
        role = mark.role
        if role == EITHER:
            role = CLOSE if self._open_of(mark.kind) is not None else OPEN
        elif role == CLOSE and mark.kind == DOUBLE and not self.stack and not self.text[self.para_start:mark.pos].strip():
            role = OPEN  # ” … opening a paragraph, with nothing open: a misprinted opening mark
        if role == OPEN:
            top = self.stack[-1] if self.stack else None
            if top and top.kind == DOUBLE == mark.kind and top.curly and mark.curly and not self._nests(mark):
                # a second curly opening mark: the first was never closed
                self._close(len(self.stack) - 1, _trim_end(self.text, mark.pos), 0)
            self._push(mark)
            if len(self.stack) == 1:
                self.segments, self.seg_start = [], mark.pos + mark.length
            return
        k = self._open_of(mark.kind)
        if k is not None and not self._possessive(mark):
            self._close(k, mark.pos, mark.length)

    def _possessive(self, mark: _Mark) -> bool:
        """‘The players’ union …’: a single mark after a plural -s with a word after it is an apostrophe
        when the rest of the paragraph holds more closing single marks (other than such plurals) than
        opening ones: one of them closes the quotation."""
        if mark.kind != SINGLE or not _after_plural(self.text, mark.pos):
            return False
        return self._count(self.single_closes, mark.pos) - self._count(self.plural_marks, mark.pos) \
            > self._count(self.single_opens, mark.pos)

    def _count(self, positions: list[int], pos: int) -> int:
        """How many of the sorted positions lie after pos in its paragraph."""
        return bisect.bisect_left(positions, self.para_end) - bisect.bisect_right(positions, pos)

    def _nests(self, mark: _Mark) -> bool:
        """“… “inner” …”: enough closing marks follow in the paragraph for both quotations."""
        closes = self.curly_closes
        return bisect.bisect_left(closes, self.para_end) - bisect.bisect_right(closes, mark.pos) >= 2

    def _close(self, k: int, pos: int, length: int) -> None:
        """Close the open mark at stack index k, dropping unclosed marks above it."""
        opened = self.stack[k]
        self._truncate(k)
        while self.nested and self.nested[-1][0] > k:  # depths only grow along the list: linear overall
            self.nested.pop()
        if not self.stack:
            self._emit(opened, pos, length)
        else:
            start = opened.pos + opened.length
            self.nested.append((k, QuoteSpan(start=start, end=pos, open_at=opened.pos, close_at=pos if length else None,
                                             close_len=length, kind=opened.kind, unterminated=not length,
                                             segments=[(start, pos)])))

    def _emit(self, opened: _Mark, end: int, close_len: int) -> None:
        segments = [s for s in self.segments + [(self.seg_start, _trim_end(self.text, end))] if s[1] > s[0]]
        if segments:
            self.found.append(QuoteSpan(
                start=segments[0][0], end=segments[-1][1], open_at=opened.pos,
                close_at=end if close_len else None, close_len=close_len, kind=opened.kind,
                unterminated=not close_len, segments=segments))
        self.segments = []

    def _leads_paragraph(self, mark: _Mark) -> bool:
        """Whether an opening mark starts its paragraph or follows a colon (She said: ‘…)."""
        before = self.text[self.text.rfind("\n", 0, mark.pos) + 1:mark.pos].rstrip()
        return not before or before.endswith(":")

    def _end_paragraph(self, para_start: int, para_end: int, nxt: _Mark | None) -> None:
        while len(self.stack) > 1 and self.stack[-1].kind == SINGLE:
            self._truncate(len(self.stack) - 1)  # an unclosed single mark was an apostrophe
        reopens = nxt is not None and nxt.role != CLOSE and not self.text[para_end:nxt.pos].strip()
        # an unclosed single mark is an apostrophe, unless it opened a quotation re-opened paragraph by
        # paragraph; one that holds quotations closed inside it stays an apostrophe, so that they are kept
        # whatever the next paragraph holds
        if self.stack and self.stack[0].kind == SINGLE and not (reopens and nxt.kind == SINGLE and not self.nested
                                                                and self._leads_paragraph(self.stack[0])):
            if not self.segments:
                self._truncate(0)
        nested, self.nested = self.nested, []
        if not self.stack:
            self.found.extend(q for _, q in nested if self.text[q.start:q.end].strip())
            return
        bottom = self.stack[0]
        if reopens and nxt.kind == bottom.kind:
            # the next paragraph reopens: the quotation goes on there
            self.segments.append((self.seg_start, _trim_end(self.text, para_end)))
            self._truncate(1)
            self.skip_at, self.seg_start = nxt.pos, nxt.pos + nxt.length
            return
        self._truncate(0)
        end = _trim_end(self.text, max(para_end, para_start))
        if not self.segments:
            self._emit(bottom, end, 0)
            return
        # a chain of paragraphs that never closes: each paragraph is its own unclosed quotation
        for start, stop in self.segments + [(self.seg_start, end)]:
            if stop > start:
                self.found.append(QuoteSpan(start=start, end=stop, open_at=start - 1, close_at=None, close_len=0,
                                            kind=bottom.kind, unterminated=True, segments=[(start, stop)]))
        self.segments = []


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the sorted, disjoint ranges."""
    k = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


#: A title written in small letters before a label's name in capitals, as parliaments' records set it ("Senator KEELEY:").
_LABEL_TITLE = (r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Senator|Sen|Rep|Hon|Cllr|Councillor|Sir|Dame|Lord|Lady|Judge"
                r"|Justice|The)\.? )?")  # ("The CHAIR:", "The DEPUTY SPEAKER:": an office, its holder's turn)
#: A part in brackets after a label's capitals: a caller's name and place, a reporter's outlet, a member's party
#: ("CALLER (PAULINE, SPANISH TOWN):", "REPORTER (Star-Bulletin):").
_LABEL_BRACKETS = r"(?:\([^()\n:]{1,40}\)\s*)?"
#: A speaker's label in capitals of any alphabet: "WALLACE:", "MR DEREK NG:", "Q:", "Ms NGUYEN:", "RĀWIRI MOKO:",
#: "'MAPULENG:" (a Sesotho name's apostrophe before it).
SPEAKER_LABEL = regex.compile(rf"\s*{_LABEL_TITLE}['\u2018\u2019]?\p{{Lu}}[\p{{Lu}}.'\- ]{{0,40}}{_LABEL_BRACKETS}:")


def named_in_part_label(surname: str, text: str) -> str | None:
    """The name, in title case, that a part's label gives in full where it ends in `surname` ("HOST ANDREA SPRINGER:"
    for later turns labelled "SPRINGER:"), the one such name in `text`; else None."""
    found = {" ".join(w.title() for w in m.group(2).split())
             for m in regex.finditer(rf"^\s*(\p{{Lu}}+) ((?:\p{{Lu}}[\p{{Lu}}'’-]+ )+{regex.escape(surname.upper())})\s*:", text,
                                     regex.M)
             if m.group(1).lower() in UNNAMED_LABELS}
    return found.pop() if len(found) == 1 else None


def _labelled(text: str, segment: tuple[int, int]) -> bool:
    """Whether a paragraph of a quotation starts with a speaker label ("WALLACE:")."""
    return bool(SPEAKER_LABEL.match(text, *segment))  # endpos: without it `regex` reads to the end of text


def _split_transcript(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """A quoted transcript ("WALLACE: … ¶ "PENCE: …") becomes one quotation per speaker turn."""
    labelled = [seg for seg in span.segments if _labelled(text, seg)]
    if len(span.segments) < 2 or len(labelled) < 2:
        return [span]
    turns, current = [], []
    for seg in span.segments:
        if current and _labelled(text, seg):
            turns.append(current)
            current = []
        current.append(seg)
    turns.append(current)
    out = []
    for k, segs in enumerate(turns):
        last = k == len(turns) - 1
        open_at = span.open_at if k == 0 else segs[0][0] - 1
        label = SPEAKER_LABEL.match(text, *segs[0])
        rest = text[label.end():segs[0][1]] if label is not None else ""  # the turn's first segment, not the text
        words = segs[0][1] - len(rest.lstrip()) if label is not None else 0
        if label is not None and words < segs[0][1]:  # the turn's words follow its label
            label, segs = (label.end() - len(label.group().lstrip()), label.end()), [(words, segs[0][1])] + segs[1:]
        else:
            label = None
        out.append(QuoteSpan(start=segs[0][0], end=segs[-1][1], open_at=open_at,
                             close_at=span.close_at if last else None, close_len=span.close_len if last else 0,
                             kind=span.kind, unterminated=span.unterminated or not last, segments=segs, label=label))
    return out


def scan(text: str) -> list[QuoteSpan]:
    """Every outermost quotation in `text`, in order."""
    spans = [part for s in _Scanner(text).run() for part in _split_transcript(text, s)]
    return [s for s in spans if text[s.start:s.end].strip()]
