"""The attribute rules applied by array give every token the POS, TAG and DEP spaCy's ruler gives it."""
import json
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, POS, TAG

from quotes.extract import attributes
from quotes.extract import model as nlp_module

SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"
#: Rules of several kinds: "There is" (two tokens, the second set), "but" as an adverb, "ai n't", "that" as a
#: pronoun, "gonna", "do" as a main verb, and runs of spaces (tagged _SP, their DEP set to "dep").
TRICKY = ("There is a problem, but they ain't gonna fix it.  That is what I did, and I do it well.\n\n"
          "Who'd have thought?  It was all but over;  she   said that nothing had changed.")


@pytest.fixture(scope="module")
def reference():
    """The model as spaCy loads it, with its own attribute ruler."""
    return spacy.load(nlp_module.model_name(), exclude=list(nlp_module.UNUSED_PIPES))


def test_loaded_model_uses_the_array_rules(nlp):
    assert "attribute_rules" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


def test_same_attributes_as_the_ruler(nlp, reference):
    texts = [TRICKY] + [json.loads(line)["text"] for line in (SAMPLES / "lorvania.jsonl").read_text("utf-8").splitlines()]
    for ours, theirs in zip(nlp.pipe(texts), reference.pipe(texts)):
        assert np.array_equal(ours.to_array([POS, TAG, DEP, HEAD]), theirs.to_array([POS, TAG, DEP, HEAD]))
    there = reference(TRICKY)
    assert there[1].pos_ == "VERB" and there[1].dep_ != "expl"  # set by the second token of a two-token rule


def test_later_rules_win_and_a_ruler_with_other_tests_is_kept():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}]], {"POS": "DET"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "end"}]], {"POS": "X"})
    assert attributes.replace_ruler(nlp) and nlp.pipe_names == ["attribute_rules"]
    assert [t.pos_ for t in nlp("the end of the road")] == ["X", "", "", "DET", ""]

    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add([[{"LOWER": {"REGEX": "^th"}}]], {"POS": "DET"})
    assert not attributes.replace_ruler(other) and other.pipe_names == ["attribute_ruler"]
