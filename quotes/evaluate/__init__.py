"""Scoring extraction against gold files in the benchmark's format (`quotes evaluate`)."""
