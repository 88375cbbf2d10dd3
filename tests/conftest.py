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


# ---------------------------------------------------------------- storage and CLI
#: Two fictional reports of the same statements, written differently (dateline, credits, spellings,
#: "Ms Solheim" / "Solheim", "Ottawa's fisheries ministry" / "the Canadian Ministry of Fisheries",
#: one word changed in Kramer's quotation), and an unrelated trailing teaser.
FISHING_TXT = """---
title: Minister defends fishing quota cuts
outlet: The Harbour Gazette
url: https://harbourgazette.example/quota-cuts
published: 2025-04-01
author: Lena Obst
---
HALIFAX - Fisheries Minister Anika Solheim defended the new quota cuts on Monday as trawler crews gathered outside the legislature.
"We cannot fish our way out of a collapse, and we will not try," Ms Solheim told reporters outside the building.
"The cod stocks in the northern banks have fallen by half in ten years," Ottawa's fisheries ministry said in a statement.
Fleet owners were unimpressed. "This decision will empty our harbours within a single season," said Piet Kramer, who chairs the Trawler Owners' League.
Photo: Reuters
Sign up for our morning newsletter and get the latest news delivered to you.
"""

FISHING_MD = """---
outlet: Coastal Times
url: https://coastaltimes.example/solheim-quota
published: 2025-04-02
---
# Quota cuts stay, says Solheim

Fisheries Minister Anika Solheim refused to back down on Tuesday.

\u201cWe cannot fish our way out of a collapse, and we will not try,\u201d Solheim said in Halifax.

\u201cThe cod stocks in the northern banks have fallen by half in ten years,\u201d the Canadian Ministry of Fisheries said.

Piet Kramer, who chairs the Trawler Owners' League, said: \u201cThis decision will empty our harbours within one season.\u201d

RIVER WATCH: Flood barriers on the Avon were raised overnight after two days of rain, and the city council said the
"""


@pytest.fixture
def fishing(tmp_path) -> dict[str, Path]:
    """The two fictional fishing reports as files in a temporary folder, and a database path beside them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gazette.txt").write_text(FISHING_TXT, encoding="utf-8")
    (folder / "coastal.md").write_text(FISHING_MD, encoding="utf-8")
    return {"folder": folder, "txt": folder / "gazette.txt", "md": folder / "coastal.md", "db": tmp_path / "q.db"}
