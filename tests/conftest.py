"""Shared fixtures: the loaded model, the shared benchmark folder (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


@pytest.fixture(scope="session")
def nlp():
    from quotes import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def bench() -> Path:
    """../shared/bench, or skip the test when this checkout has no shared folder beside it."""
    if not (BENCH / "seeds.jsonl").exists():
        pytest.skip("../shared/bench is not present")
    return BENCH
