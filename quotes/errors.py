"""Errors reported to users as one clear line."""


class QuotesError(Exception):
    """A problem with the user's input or settings, worded for the user."""
