"""The entity decoder that holds the GIL finds, token by token, the entities spaCy's own decoding finds."""
import json
from pathlib import Path

import numpy as np
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

from quotes.extract import entity_decoding

SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"
#: Names of people, bodies, places, dates and sums, in texts of very different lengths (a batch is decoded at once).
TEXTS = ["", "  \n", "Mira Delacourt.",
         "Councillor Tomas Reyne told the Harbour Authority on Tuesday that the Eastbridge ferry would cost "
         "$4.2 million, and the Lorvanian Transport Ministry said it would answer by March 3.",
         "\u201cWe are not moving,\u201d said Ana Petrov, who has run the bakery on King Street since 1998.\n\n"
         "The city of Valmora, the Green Party and the University of Osterby have all written to Prime Minister "
         "Jon Hale, who will visit Brussels and Geneva next week with 40 officials from the Treasury."]


def test_loaded_model_decodes_entities_itself(nlp):
    assert entity_decoding.NAME in nlp.pipe_names and "ner" not in nlp.pipe_names


def test_same_entities_as_spacy(nlp):
    texts = TEXTS + [json.loads(line)["text"] for p in sorted(SAMPLES.glob("*.jsonl"))
                     for line in p.read_text("utf-8").splitlines() if line.strip()]
    decoder = nlp.get_pipe(entity_decoding.NAME)
    with nlp.select_pipes(disable=[entity_decoding.NAME]):
        docs = list(nlp.pipe(texts))
    ours = list(decoder.pipe([doc.copy() for doc in docs], batch_size=16))
    theirs = list(decoder.ner.pipe([doc.copy() for doc in docs], batch_size=16))
    assert sum(len(doc.ents) for doc in ours) > 20
    for a, b in zip(ours, theirs):
        assert np.array_equal(a.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]), b.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]))
    one = decoder(docs[3].copy())
    assert [(e.text, e.label_) for e in one.ents] == [(e.text, e.label_) for e in theirs[3].ents]


def test_preset_entities_kept_as_spacy_keeps_them(nlp):
    """A Doc with an entity already set is decoded with spaCy's own move checks (_Moves knows no presets)."""
    decoder = nlp.get_pipe(entity_decoding.NAME)
    with nlp.select_pipes(disable=[entity_decoding.NAME]):
        doc = nlp(TEXTS[3])
    doc.set_ents([Span(doc, 5, 7, "ORG")], default="missing")  # ("the Harbour Authority", left to the recognizer)
    ours, theirs = decoder(doc.copy()), decoder.ner(doc.copy())
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert ("Harbour Authority", "ORG") in [(e.text, e.label_) for e in ours.ents]


def test_a_pipeline_without_a_recognizer_is_left_alone():
    blank = spacy.blank("en")
    assert not entity_decoding.replace_decoder(blank) and blank.pipe_names == []
