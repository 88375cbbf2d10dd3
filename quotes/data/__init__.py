"""Word lists and tables the extractor reads (TSV files, '#' starts a comment line)."""
from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of data file `name`, comments and blank lines left out."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [[field.strip() for field in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
