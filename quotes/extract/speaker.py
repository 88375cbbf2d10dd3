"""A speaker as resolved within one article (speaker_book.py): canonical name, kind, role, gender."""
from __future__ import annotations

from dataclasses import dataclass

PERSON, ORG, DOCUMENT, UNKNOWN = "person", "organization", "document", "unknown"


@dataclass
class Speaker:
    """A resolved speaker: canonical name, kind, role, and gender when known."""

    name: str | None
    kind: str = UNKNOWN
    role: str | None = None
    gender: str | None = None
    resolved: str = "name"  # how: name / surname / pronoun / nominal / unresolved
