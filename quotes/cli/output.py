"""Printing results for people (aligned tables) or machines (JSON)."""
from __future__ import annotations

import json
from collections.abc import Callable

import click

from ..errors import QuotesError


def shorten(value, width: int | None) -> str:
    """A value as one line of at most `width` characters."""
    text = "" if value is None else " ".join(str(value).split())
    if width and len(text) > width:
        return text[: width - 1] + "\u2026"
    return text


def table(rows: list[dict], columns: list[tuple[str, str, int | None]]) -> str:
    """Rows as an aligned table; columns are (key, header, maximum width or None)."""
    cells = [[shorten(row.get(key), width) for key, _, width in columns] for row in rows]
    headers = [header for _, header, _ in columns]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(row.get(key), (int, float)) or row.get(key) is None for row in rows) and rows
               for key, _, _ in columns]

    def line(values):
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, cells)])


def open_output(path: str):
    """`path` opened for writing text, or a one-line error saying why it cannot be."""
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as err:
        raise QuotesError(f"{path}: cannot write ({err.strerror or err})") from None


def emit_json(data) -> None:
    """Print data as JSON (non-ASCII kept)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def printed(problems: list) -> Callable[[QuotesError], None]:
    """A report that prints each error on stderr as one line and keeps it in `problems` (the command
    then ends with exit status 1)."""
    def report(err: QuotesError) -> None:
        click.echo(f"Error: {err}", err=True)
        problems.append(err)
    return report
