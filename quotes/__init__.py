"""quotes: who said what, in the news."""
from .extract import extract_many, extract_quotes
from .records import Mention, Quote

__all__ = ["extract_quotes", "extract_many", "Quote", "Mention"]
