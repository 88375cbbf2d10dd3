"""An output path a command cannot write to: one line on stderr naming the path and why, exit status 1, no
traceback, and for `evaluate` before any article is extracted."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import main

GOLD = {"id": "g1", "text": "\u201cWe sail at dawn,\u201d said Ida Brandt.",
        "quotes": [{"start": 1, "end": 16, "text": "We sail at dawn,", "source": None}]}


@pytest.fixture
def blocked(tmp_path):
    """A path under a plain file: no one, root included, can create it."""
    (tmp_path / "plain.txt").write_text("not a folder", encoding="utf-8")
    return tmp_path / "plain.txt" / "out"


def one_line_error(result, path) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    [line] = result.output.splitlines()
    assert line.startswith(f"Error: {path}") and "Not a directory" in line
    return line


def test_evaluate_refuses_a_predictions_path_before_extracting(tmp_path, blocked, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    extracted = []
    monkeypatch.setattr("quotes.engine.runner.run", lambda *a, **k: extracted.append(a) or iter(()))
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--predictions", str(blocked / "pred.jsonl")])
    one_line_error(result, blocked / "pred.jsonl")
    assert extracted == []


@pytest.mark.parametrize("command", [["export"], ["corrections", "export"]])
def test_exports_name_the_path_they_cannot_write(run, fishing, blocked, command):
    assert run("add", fishing["folder"], "--db", fishing["db"]).exit_code == 0
    result = CliRunner().invoke(main, [*command, "--db", str(fishing["db"]), "-o", str(blocked / "out.csv")])
    one_line_error(result, blocked / "out.csv")


def test_extract_names_the_results_folder_it_cannot_create(fishing, blocked):
    result = CliRunner().invoke(main, ["extract", str(fishing["txt"]), "--output", str(blocked / "results")])
    one_line_error(result, blocked / "results")
