"""The command reference in Markdown, made from the commands' own help.

    python -m quotes.cli.reference > docs/cli.md

tests/test_docs.py fails when docs/cli.md is not what this prints.
"""
from __future__ import annotations

import click

from . import main

HEADER = """# Command reference

Made from each command's `--help` by `python -m quotes.cli.reference > docs/cli.md`;
a test fails when this file and the commands disagree.
"""


def commands(group: click.Group = main, prefix: str = "quotes") -> list[tuple[str, click.Command]]:
    """Every command and subcommand, with its full name, in order of the help listing."""
    found = []
    context = click.Context(group, info_name=prefix)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix} {name}")
    return found


def help_text(name: str, command: click.Command) -> str:
    """The command's help as `NAME --help` prints it."""
    context = None
    for word in name.split():
        context = click.Context(command if word == name.split()[-1] else main, info_name=word, parent=context,
                                terminal_width=100, help_option_names=["-h", "--help"])
    return command.get_help(context)


def reference() -> str:
    """The whole reference: the group's help, then a section per command."""
    parts = [HEADER, "## quotes\n", "```\n" + help_text("quotes", main) + "\n```\n"]
    for name, command in commands():
        parts += [f"## {name}\n", "```\n" + help_text(name, command) + "\n```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference(), end="")
