"""The entity recognizer's moves chosen by a loop that holds the GIL: spaCy's entities, in two thirds of its time.

spaCy's greedy decoder runs in C without the GIL, but the state functions it calls take the GIL and give it back
on every call, and the recognizer checks each of its 74 moves at every token: most of its decoding time went to
the GIL's lock (perf on polnear-train).  This loop makes the same steps from Python, holding the GIL, where those
calls cost little, for a whole batch at once (spaCy decodes a quarter of a batch at a time, and a step costs the
same for 4 Docs as for 16).  Each step computes what spaCy's does (parser_model.predict_states): the state's
features (spaCy's own get_token_ids) summed in order from the precomputed table, the bias, the maxout, the same
BLIS product and bias for the move scores; the best valid move is taken as spaCy's transition_states takes it
(by _Moves, without its state calls, where no entity is preset; else by transition_states).  The model
reads the Docs in spaCy's sub-batches (by length, a quarter of a batch), so every number is the one spaCy computes.
The parser, with twice the steps and fewer moves, gains nothing from it and keeps spaCy's loop.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from types import SimpleNamespace

import blis.py
import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc
from spacy.util import minibatch

NAME = "entities"


class EntityDecoder:
    """The model's EntityRecognizer, its greedy decoding done by `decode`."""

    def __init__(self, ner):
        self.ner = ner
        self.model = ner.model  # (for model.use_numpy_products)

    def __call__(self, doc: Doc) -> Doc:
        self.ner.set_annotations([doc], decode(self.ner, [doc], 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """As spaCy's Parser.pipe: each batch sorted by length, read by the model a quarter at a time."""
        for batch in minibatch(docs, batch_size):
            by_length = sorted(batch, key=len)
            self.ner.set_annotations(by_length, decode(self.ner, by_length, max(batch_size // 4, 2)))
            yield from batch


def decode(ner, docs: list[Doc], sub_batch: int) -> list:
    """The final states of the recognizer `ner` on `docs` (as Parser.greedy_parse), the model reading
    `sub_batch` Docs at a time."""
    ner._ensure_labels_are_added(docs)
    batch = ner.moves.init_batch(docs)  # (each state's token ids count from its Doc's place in `docs`)
    states = [state for state in batch if not state.is_final()]
    if not states:
        return batch
    tok2vec, lower, upper = ner.model.layers
    n_features, n_pieces = lower.get_dim("nF"), lower.get_dim("nP")
    tables = [lower.get_param("pad")] + [lower.predict(tok2vec.predict(sub))[1:] for sub in minibatch(docs, sub_batch)
                                             if any(len(doc) for doc in sub)]
    table = np.concatenate(tables).reshape(-1, n_features, lower.get_dim("nO") * n_pieces)  # row 0: padding
    # (spaCy's method reads only its step model's number of features)
    token_ids = partial(ParserStepModel.get_token_ids, SimpleNamespace(state2vec=SimpleNamespace(nF=n_features)))
    features, bias = np.arange(n_features), lower.get_param("b").ravel()
    weights, upper_bias = upper.get_param("W"), upper.get_param("b")
    moves = None if any(doc.to_array(ENT_IOB).any() for doc in docs) else _Moves(ner, docs)
    while states:
        rows = table[token_ids(states) + 1, features]  # (a missing token, -1, reads the padding)
        unmaxed = np.zeros((len(states), table.shape[2]), dtype="f")
        for f in range(n_features):
            unmaxed += rows[:, f]
        unmaxed += bias
        hidden = unmaxed[:, 0::n_pieces]  # the maxout: the most of each unit's pieces (interleaved columns), taken
        for piece in range(1, n_pieces):  # piece by piece (reducing over an axis costs ten times as much at this size)
            hidden = np.maximum(hidden, unmaxed[:, piece::n_pieces])
        scores = blis.py.gemm(hidden, weights, trans2=True, beta=0.0)
        scores += upper_bias
        states = moves.step(states, scores) if moves is not None else ner.transition_states(states, scores)
    return batch


class _Moves:
    """The recognizer's moves made from Python, for Docs without preset entities.  spaCy's transition_states
    checks each of the 74 moves with state calls that each take the GIL (a quarter of the decoding time); here
    the valid moves are those spaCy's BILUO checks allow given the few facts they read (the label of the
    entity open, if any; whether the token is a space; whether a next token follows in the same sentence),
    kept per set of facts, and the best valid move (the first of the highest scores, as arg_max_if_valid) is
    made by the state's own calls, as the move's transition makes it."""

    def __init__(self, ner, docs: list[Doc]):
        names = [ner.moves.get_class_name(i).partition("-")[::2] for i in range(ner.moves.n_moves)]  # "B-ORG", "O"
        labels = sorted({label for _, label in names if label})
        self.kinds = [kind for kind, _ in names]  # B(egin), I(n), L(ast), U(nit), O(ut)
        self.labels = [labels.index(label) + 1 if label else 0 for _, label in names]  # 0: none
        self.hashes = [ner.vocab.strings.add(label) if label else 0 for _, label in names]
        self.space = {id(doc): doc.to_array(IS_SPACE).astype(bool).tolist() for doc in docs}
        self.runs_on = {id(doc): [*(doc.to_array(SENT_START)[1:] != 1).tolist(), False] for doc in docs}
        self.open: dict[int, int] = {}  # id of a state -> label of its open entity (0: none)
        self._valid: dict[tuple[int, bool, bool], np.ndarray] = {}

    def step(self, states: list, scores: np.ndarray) -> list:
        """Make each state's best valid move; the states not yet final."""
        rows = []
        for state in states:
            i, doc = state.B(0), id(state.doc)
            facts = (self.open.get(id(state), 0), self.space[doc][i], self.runs_on[doc][i])
            if facts not in self._valid:
                self._valid[facts] = self.valid(*facts)
            rows.append(self._valid[facts])
        for state, move in zip(states, np.where(rows, scores, -np.inf).argmax(axis=1).tolist()):
            kind = self.kinds[move]
            if kind in ("B", "U"):
                state.open_ent(self.hashes[move])
            if kind in ("L", "U"):
                state.close_ent()
            self.open[id(state)] = self.labels[move] if kind in ("B", "I") else 0
            state.push()
            state.pop()
        return [state for state in states if not state.is_final()]

    def valid(self, open_label: int, space: bool, runs_on: bool) -> np.ndarray:
        """Which moves spaCy's checks (ner.pyx, without presets) allow a state whose open entity has `open_label`
        (0: none) at a token that is a `space` or not, followed in its sentence by another (`runs_on`) or not."""
        return np.array([label > 0 and (open_label == 0 and not space and (kind == "U" or kind == "B" and runs_on)
                                        or label == open_label and (kind == "L" or kind == "I" and runs_on))
                         or kind == "O" and open_label == 0 for kind, label in zip(self.kinds, self.labels)])


@Language.factory("quotes_entity_decoder")
def _make(nlp: Language, name: str) -> EntityDecoder:
    return EntityDecoder(nlp.get_pipe("ner"))


def replace_decoder(nlp: Language) -> bool:
    """Put EntityDecoder in the place of the model's ner where it decodes as this module does: greedily, every
    class seen in training, maxout hidden units and an output layer."""
    if "ner" not in nlp.pipe_names:
        return False
    ner = nlp.get_pipe("ner")
    if ner.cfg.get("beam_width", 1) != 1 or ner.model.attrs.get("unseen_classes") \
            or not ner.model.attrs.get("has_upper") or ner.model.layers[1].get_dim("nP") < 2:
        return False
    nlp.add_pipe("quotes_entity_decoder", name=NAME, after="ner")
    nlp.remove_pipe("ner")
    return True
