"""Docs that cannot go stale: every command is documented, by its own help."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes.cli import reference

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = reference.commands()


def test_the_walk_finds_every_command_and_subcommand():
    names = [name for name, _ in COMMANDS]
    assert "quotes add" in names and "quotes speakers split" in names
    assert len(names) == len(set(names)) >= 15


@pytest.mark.parametrize("name,command", COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_help_with_examples(name, command):
    text = reference.help_text(name, command)
    assert command.help and command.short_help != "", name
    assert "Example" in text, f"{name} --help shows no example"
    for parameter in command.params:
        if parameter.param_type_name == "option":
            assert parameter.help, f"{name} {parameter.opts[0]} has no help"


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_is_in_the_reference(name):
    assert f"\n## {name}\n" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_the_reference_is_what_the_commands_say():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == reference.reference(), \
        "docs/cli.md is stale: python -m quotes.cli.reference > docs/cli.md"


def test_the_readme_stays_short_and_links_only_to_docs_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    for link in {part.split(")")[0] for part in readme.split("](")[1:]}:
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link
