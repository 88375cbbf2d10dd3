"""`quotes extract` and `quotes evaluate` as a user runs them."""
import json

from click.testing import CliRunner

from quotes.cli import main

STORY = ("\u201cThe ferry will run all winter,\u201d Transport Minister Aino Sarre said on Monday.\n"
         "\u201cNobody will be cut off,\u201d she added.\n")


def test_extract_file_prints_json_lines(tmp_path, spacy_model):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["id"] == "story"
    names = [q["speaker_name"] for q in record["quotes"]]
    assert names == ["Aino Sarre", "Aino Sarre"]
    first = record["quotes"][0]
    assert STORY[first["start"]:first["end"]] == first["text"]
    assert {"speaker", "cue", "method", "confidence", "speaker_kind", "reported_by", "partial"} <= set(first)


def test_extract_stdin_as_table(spacy_model):
    result = CliRunner().invoke(main, ["extract", "-", "--format", "table"], input=STORY)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split()[:4] == ["speaker", "cue", "conf", "quote"]
    assert "Aino Sarre" in lines[3] and "said" in lines[3]


def test_extract_gold_keeps_ids(tmp_path, spacy_model):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g-7", "text": STORY, "quotes": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["id"] == "g-7"


def test_missing_file_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"Error: {tmp_path / 'nope.txt'}: no such file"]


def test_malformed_gold_line_names_the_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "x"}) + "\n{broken\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold)])
    assert result.exit_code == 1
    assert f"{gold}:2: malformed JSON" in result.output
    assert "Traceback" not in result.output


def test_evaluate_prints_the_metrics_table(bench, spacy_model):
    result = CliRunner().invoke(main, ["evaluate", str(bench / "seeds.jsonl"), "--errors", "3"])
    assert result.exit_code == 0, result.output
    assert "end-to-end" in result.output and "=== missed: 0" in result.output


def test_python_dash_m_quotes_is_the_same_command(tmp_path):
    import subprocess
    import sys

    missing = tmp_path / "nowhere.jsonl"
    result = subprocess.run([sys.executable, "-m", "quotes", "evaluate", str(missing)], capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stderr.strip() == f"Error: {missing}: no such file"
    usage = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True)
    assert usage.returncode == 0 and usage.stdout.startswith("Usage: quotes ")
