"""quotes: who said what, in the news."""
from .records import Mention, Quote

__all__ = ["extract_quotes", "extract_many", "Quote", "Mention"]


def __getattr__(name: str):
    """extract_quotes and extract_many, imported on first use: the commands that only read the
    database start without loading spaCy."""
    if name in ("extract_quotes", "extract_many"):
        from . import extract

        return getattr(extract, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
