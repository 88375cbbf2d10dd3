"""Article text as HTML: highlighted evidence, word diffs and characters that could spoof a page.

Text is escaped piece by piece before it is wrapped in markup, so an article
quoting `<script>` shows it as text.  Standard library and markupsafe only: the
plugin folder is shipped on its own by `quotes publish`.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import NamedTuple

from markupsafe import Markup, escape

CLOSING_MARKS = "”’\"'»›"
#: Bidirectional embedding, override and isolate controls: in article text they can make a page show
#: words in another order than the one stored (U+202E turns "fdp.exe" around).  Shown as U+FFFD.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], "\ufffd")
_DIFF_PIECE = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")


def unspoofed(value):
    """Jinja's finalize: every string printed on a page without bidirectional controls (JSON keeps them).

    Markup stays Markup: taking control characters out of it cannot open or close a tag."""
    if isinstance(value, Markup):
        return Markup(str.translate(value, BIDI_CONTROLS))
    return value.translate(BIDI_CONTROLS) if isinstance(value, str) else value


class Span(NamedTuple):
    """A stretch of article text to highlight: kind is quote, speaker or cue."""

    start: int
    end: int
    kind: str


def highlight(text: str, start: int, end: int, spans, notes=()) -> Markup:
    """text[start:end] as HTML, spans wrapped in <mark class="KIND"> and notes (offset, Markup) inserted.

    The text is cut at every span boundary; each piece is escaped, then marked
    with the kinds of the spans covering it, so overlapping spans never produce
    broken tags.  One sweep over the sorted boundaries: linear in the spans.
    """
    spans = [s for s in spans if s.start < end and s.end > start and s.start < s.end]
    notes = sorted((n for n in notes if start <= n[0] <= end), key=lambda n: n[0])
    opens = sorted((max(s.start, start), s.kind) for s in spans)
    closes = sorted((min(s.end, end), s.kind) for s in spans)
    cuts = sorted({start, end} | {p for p, _ in opens} | {p for p, _ in closes} | {p for p, _ in notes})
    out, active, i_open, i_close, i_note = [], Counter(), 0, 0, 0
    for a, b in zip(cuts, cuts[1:]):
        while i_close < len(closes) and closes[i_close][0] <= a:
            active[closes[i_close][1]] -= 1
            i_close += 1
        while i_open < len(opens) and opens[i_open][0] <= a:
            active[opens[i_open][1]] += 1
            i_open += 1
        while i_note < len(notes) and notes[i_note][0] <= a:
            out.append(notes[i_note][1])
            i_note += 1
        kinds = sorted(k for k, n in active.items() if n > 0)
        piece = escape(unspoofed(text[a:b]))
        out.append(Markup('<mark class="{}">{}</mark>').format(" ".join(kinds), piece) if kinds else piece)
    out.extend(note for _, note in notes[i_note:])
    return Markup("").join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the text: the articles' paragraphs."""
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def highlight_paragraphs(text: str, spans, notes=()) -> list[Markup]:
    """Every paragraph of the text highlighted, each given only the spans and notes that reach it."""
    spans = sorted(spans)
    notes = sorted(notes, key=lambda n: n[0])
    starts, note_at = [s.start for s in spans], [n[0] for n in notes]
    longest = max((s.end - s.start for s in spans), default=0)
    out = []
    for a, b in paragraphs(text):
        near = spans[bisect_left(starts, a - longest):bisect_right(starts, b)]
        out.append(highlight(text, a, b, near, notes[bisect_left(note_at, a):bisect_right(note_at, b)]))
    return out


def spans_of(appearance: dict) -> list[Span]:
    """The quote (one span per paragraph it covers), speaker-mention and cue spans of an appearance row."""
    pieces = json.loads(appearance.get("segments") or "[]") or [(appearance["start"], appearance["end"])]
    spans = [Span(a, b, "quote") for a, b in pieces]
    for kind, a, b in (("speaker", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end")):
        if appearance[a] is not None and appearance[b] is not None:
            spans.append(Span(appearance[a], appearance[b], kind))
    return spans


def after_closing_mark(text: str, end: int) -> int:
    """The offset just after the quotation mark that closes words ending at `end`."""
    return end + 1 if end < len(text) and text[end] in CLOSING_MARKS else end


def confidence_label(confidence: float | None) -> str:
    """The confidence as a number and a word a reader can weigh."""
    if confidence is None:
        return "unknown"
    word = "high" if confidence >= 0.9 else "medium" if confidence >= 0.7 else "low"
    return f"{confidence:.2f} ({word})"


def needs_checking(confidence: float | None) -> bool:
    """True when an attribution is a guess a reader should check before relying on it."""
    return confidence is None or confidence < 0.7


def excerpt(text: str, appearance) -> list[Markup]:
    """The paragraphs holding an appearance's quote, speaker mention and cue, highlighted."""
    spans = spans_of(appearance)
    lo, hi = min(s.start for s in spans), max(s.end for s in spans)
    return [highlight(text, a, b, spans) for a, b in paragraphs(text) if a <= hi and b >= lo]


def diff_html(variant_diff: str | None) -> Markup:
    """A stored word diff ("the [-crisis,-] {+mess,+} we") with <del> and <ins> marks instead of brackets."""
    out, last = [], 0
    text = unspoofed(variant_diff or "")
    for m in _DIFF_PIECE.finditer(text):
        out.append(escape(text[last:m.start()]))
        tag, words = ("del", m[1]) if m[1] is not None else ("ins", m[2])
        out.append(Markup('<{0} class="diff">{1}</{0}>').format(Markup(tag), words))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def web_url(url: str | None) -> str:
    """An article's URL when it is a web address (http or https), else "" (never a javascript: link)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""


def found_by(appearance: dict) -> str:
    """The strategy that found the speaker and, when known, how its mention was resolved: "governing verb (pronoun)"."""
    method, resolved = appearance.get("method") or "unknown", appearance.get("resolved")
    return f"{method} ({resolved})" if resolved and resolved != "none" else method
