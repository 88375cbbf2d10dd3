"""The line_breaks pipe: a sentence starts after every line end, whatever the parser would say."""
import spacy

from quotes.extract import line_breaks


def starts(text):
    nlp = spacy.blank("en")
    doc = line_breaks.line_breaks(nlp(text))
    return [t.text for t in doc if t.is_sent_start]


def test_a_sentence_starts_after_a_blank_line_and_after_a_line_end():
    assert starts("Minister vows action\n\nThe minister said so\nShe left") == ["Minister", "The", "She"]


def test_no_start_is_forced_inside_a_line():
    assert starts("The minister said so. She left") == ["The"]


def test_spaces_after_the_line_end_are_skipped():
    assert starts("Headline\n  \n\u201cWe will,\u201d she said") == ["Headline", "\u201c"]


def test_the_model_reads_the_pipe_before_its_parser(nlp):
    assert nlp.pipe_names.index(line_breaks.NAME) < nlp.pipe_names.index("parser")
    doc = nlp("Minister vows action on potholes\n\nThe minister, Gwen Pryce, said the roads would be fixed.")
    assert [s.text.strip() for s in doc.sents] == ["Minister vows action on potholes",
                                                   "The minister, Gwen Pryce, said the roads would be fixed."]
