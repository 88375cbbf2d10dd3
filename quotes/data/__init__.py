"""Word lists and tables the extractor reads (TSV files)."""
