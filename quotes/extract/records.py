"""Plain objects the extraction core returns: no spaCy, no SQLite."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Mention:
    """A stretch of the article as written, with its character offsets."""

    start: int
    end: int
    text: str


@dataclass
class Quote:
    """One direct quotation and what is known of who said it."""

    start: int
    end: int
    text: str
    speaker: Mention | None = None
    speaker_name: str | None = None
    speaker_kind: str = "unknown"  # person / organization / document / unknown
    speaker_role: str | None = None
    cue: Mention | None = None
    reported_by: str | None = None
    reported_by_mention: Mention | None = None
    #: the attribution strategy that found the speaker (attribution.STRATEGIES), "headline echo" (a headline's
    #: quotation that the story repeats, with the speaker found there), or "none"
    method: str = "none"
    #: how the speaker mention was resolved to a name: name / surname / pronoun / nominal / unresolved (speaker_book.py),
    #: inherited (from an earlier quotation), or none (no speaker)
    resolved: str | None = "none"  # None: not known (a record written before this field)
    confidence: float = 0.0
    partial: bool = False
    multi_paragraph: bool = False
    unterminated: bool = False
    segments: list[tuple[int, int]] = field(default_factory=list)
    context: Mention | None = None  # the paragraph around the quotation

    def to_dict(self) -> dict:
        """A JSON-ready dict in the benchmark's prediction format (plus extra fields)."""
        out = asdict(self)
        out["segments"] = [list(s) for s in self.segments]
        return out
