"""A sentence starts after every line end: a pipe set before the parser, which keeps the starts.

News from pages often has headlines, captions and datelines without a full stop; the parser then
reads "Minister vows action on potholes\\n\\nThe minister said ..." as one sentence, and the
headline's words become subjects and objects of the lede's verbs.  The layout already counts every
line end as a paragraph break (layout.py); this makes the parse agree with it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "line_breaks"


@Language.component(NAME)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a line end (spaCy keeps line ends as space tokens) as a sentence start."""
    after_line_end = False
    for tok in doc:
        if tok.is_space:
            after_line_end = after_line_end or "\n" in tok.text
        elif after_line_end:
            tok.is_sent_start = True
            after_line_end = False
    return doc


def add_to(nlp) -> None:
    """Put the pipe before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
