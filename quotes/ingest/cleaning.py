"""Removing what is not the article from its text: credits, promotions, datelines, teasers.

Only lines (or line ends) that can be told apart from prose are removed; when in
doubt the text is kept.
"""
from __future__ import annotations

import regex

from ..boilerplate import DATELINE, INLINE_CREDIT, boilerplate_lines

_AGENCY_TAIL = regex.compile(r"(?<=[.!?\u201d\"])\s+(?:AFP|AP|Reuters|Bloomberg|Xinhua|dpa|ANI|PTI|Kyodo|Yonhap|"
                             r"AFP,? Reuters|Reuters,? AFP)\s*$", regex.M)
_KICKER = regex.compile(r"^\s*\p{Lu}[\p{Lu}\p{N} '\u2019&-]{2,40}(?:\s*\([^)]{1,20}\))?:\s+\S")
_SENTENCE_END = regex.compile(r"[.!?\u201d\"')\]]\s*$")
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # NUL and other invisible controls (from JSON escapes)
_LINE_SEPARATOR = regex.compile(r"[\x0b\x0c\x85\u2028\u2029]")


def _is_teaser(line: str) -> bool:
    """A teaser for another story: an upper-case kicker ("STAY WARM: ...")."""
    return bool(_KICKER.match(line))


def _drop_trailing_teasers(lines: list[str]) -> list[str]:
    """Remove the run of teasers that ends an article, when prose comes before it."""
    end = len(lines)
    while end > 0 and (_is_teaser(lines[end - 1]) or not lines[end - 1].strip()):
        end -= 1
    teasers = sum(1 for line in lines[end:] if line.strip())
    prose = sum(1 for line in lines[:end] if line.strip() and _SENTENCE_END.search(line))
    if teasers and prose >= 3:
        return lines[:end]
    return lines


def clean(text: str) -> str:
    """The article text without boilerplate lines, leading dateline or trailing teasers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _LINE_SEPARATOR.sub("\n", _CONTROL.sub("", text))
    lines = [INLINE_CREDIT.sub("", line).rstrip() for line in text.split("\n")]
    lines = [line for line, dropped in zip(lines, boilerplate_lines(lines)) if not dropped]
    lines = _drop_trailing_teasers(lines)
    body = "\n".join(lines).strip()
    body = DATELINE.sub("", body, count=1)
    body = _AGENCY_TAIL.sub("", body)
    return regex.sub(r"\n{3,}", "\n\n", body).strip()
