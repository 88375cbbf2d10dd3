"""quotes: who said what, in the news.

The data flows one way, one package per stage:
ingest (read, clean) -> extract (quotations, speakers) -> store (SQLite) -> web (Datasette);
engine runs extraction here or on a cluster, cli wires the stages to commands, evaluate scores.
"""
from .extract.records import Mention, Quote

__all__ = ["extract_quotes", "extract_many", "Quote", "Mention"]


def __getattr__(name: str):
    """extract_quotes and extract_many, imported on first use: the commands that only read the
    database start without loading spaCy."""
    if name in ("extract_quotes", "extract_many"):
        from .extract import core

        return getattr(core, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
