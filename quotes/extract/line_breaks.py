"""A sentence starts after every line end: a pipe set before the parser, which keeps the starts.

News from pages often has headlines, captions and datelines without a full stop; the parser then
reads "Minister vows action on potholes\\n\\nThe minister said ..." as one sentence, and the
headline's words become subjects and objects of the lede's verbs.  The layout already counts every
line end as a paragraph break (layout.py); this makes the parse agree with it.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

NAME = "line_breaks"


@Language.component(NAME)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a line end (spaCy keeps line ends as space tokens) as a sentence start.
    The starts are written as one array: setting Token.is_sent_start token by token rescans the Doc each time."""
    space = doc.to_array(IS_SPACE).astype(bool)
    words = np.flatnonzero(~space)
    line_ends = [i for i in np.flatnonzero(space) if "\n" in doc[int(i)].text]
    after = np.searchsorted(words, line_ends)  # the first word after each line end
    starts = words[after[after < len(words)]]
    if len(starts):
        column = doc.to_array(SENT_START)
        column[starts] = 1
        doc.from_array([SENT_START], column)
    return doc


def add_to(nlp) -> None:
    """Put the pipe before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
