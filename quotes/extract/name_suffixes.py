"""Generational suffixes written after a comma ("Eduardo M. Villanueva, Jr."): a pipe after the entity
recognizer, which ends the person's name at the comma, extends the name over the comma and the suffix."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

NAME = "name_suffixes"

#: The suffixes as written: "Jr." is never anything else; "Sr." may open a nun's name ("Sr. Agnes"), so it
#: counts only when no capitalised word follows, or a new sentence that opens with no name.
JUNIOR = frozenset(("Jr.", "Jr", "Jnr", "Jnr."))
SENIOR = frozenset(("Sr.", "Sr", "Snr", "Snr."))
SUFFIXES = JUNIOR | SENIOR


def suffix_end(doc: Doc, end: int) -> int | None:
    """Where a comma and a generational suffix after a name ending before token `end` end (over the full stop
    the tokenizer may split from "Sr"), or None where none follows."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end].whitespace_ != " ":
        return None
    word = doc[end + 1]
    stop = end + 3 if end + 2 < len(doc) and doc[end + 2].text == "." and not word.whitespace_ else end + 2
    if word.text in JUNIOR:
        return stop
    nxt = doc[stop] if stop < len(doc) else None
    senior = nxt is None or not nxt.text[:1].isupper() or nxt.is_sent_start and nxt.ent_type_ != "PERSON"
    return stop if word.text in SENIOR and senior else None


@Language.component(NAME)
def name_suffixes(doc: Doc) -> Doc:
    """Extend each person's name the recognizer ended at a comma over a generational suffix after it (the
    suffix may have been tagged an entity of its own: "Jr." as a body)."""
    ents, out = list(doc.ents), []
    for k, ent in enumerate(ents):
        if out and out[-1].end > ent.start:
            continue  # (the suffix, now in the name before it)
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        stop = suffix_end(doc, ent.end) if ent.label_ == "PERSON" else None
        if stop is not None and (nxt is None or nxt.start >= stop or ent.end < nxt.start and nxt.end <= stop):
            ent = Span(doc, ent.start, stop, label="PERSON")
        out.append(ent)
    if len(out) != len(ents) or any(a.end != b.end for a, b in zip(out, ents)):
        doc.ents = out
    return doc
