"""Extraction is a pure function of the article: the same in every process, whatever its string-hash
seed (engine workers and `quotes add --workers` run in processes with different seeds)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.usefixtures("spacy_model")  # every test here parses

#: Two full names of the same length sharing a surname, then the surname alone.
TEXT = ("Anna Berg and Olga Berg, the two candidates for mayor of Norrhavn, met voters in the market square on Friday.\n"
        "\u201cThe harbour needs a new breakwater before the autumn storms,\u201d Berg said.\n")
PROGRAM = f"from quotes import extract_quotes; print([q.to_dict() for q in extract_quotes({TEXT!r})])"


def test_same_quotations_under_every_hash_seed():
    outputs = set()
    for seed in ("0", "1", "2", "4"):
        done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
