"""A speaker as resolved within one article (speaker_book.py): canonical name, kind, role, gender."""
from __future__ import annotations

from dataclasses import dataclass

PERSON, ORG, DOCUMENT, UNKNOWN = "person", "organization", "document", "unknown"
#: How a mention resolved that names no one, though it looks like a name ("Brutal as it sounds, …"): the
#: candidate is dropped, and the quotation goes to another candidate or none.
NO_NAME = "no name"


@dataclass
class Speaker:
    """A resolved speaker: canonical name, kind, role, and gender when known."""

    name: str | None
    kind: str = UNKNOWN
    role: str | None = None
    gender: str | None = None
    resolved: str = "name"  # how: name / surname / pronoun / nominal / unresolved / no name (NO_NAME)
