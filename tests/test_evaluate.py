"""The scorer: hand-made cases, and agreement with the benchmark's reference scorer."""
import json
import subprocess
import sys

from click.testing import CliRunner

from quotes.cli import main
from quotes.evaluate.scoring import attribution_correct, format_scores, score

TEXT = "\u201cWe will win,\u201d Mr Brandt said. Later he added: \u201cThe fight goes on.\u201d"
GOLD = [{
    "id": "a1", "text": TEXT,
    "quotes": [
        {"start": 1, "end": 13, "text": "We will win,", "source": {"start": 15, "end": 24, "text": "Mr Brandt"}},
        {"start": 48, "end": 66, "text": "The fight goes on.", "source": {"start": 37, "end": 39, "text": "he"}},
    ],
}]


def test_lenient_exact_and_attribution_counts():
    pred = {"a1": [
        {"start": 0, "end": 14, "speaker": None, "speaker_name": "Karl Brandt"},  # marks included: still exact
        {"start": 48, "end": 63, "speaker": {"start": 15, "end": 24, "text": "Mr Brandt"}, "speaker_name": None},
    ]}
    s = score(GOLD, pred)
    m = s.metrics()
    assert (s.lenient, s.exact) == (2, 1)
    assert (s.attributed, s.attributed_right) == (2, 1)  # name shares "Brandt"; wrong mention for "he"
    assert m["e2e_p"] == 0.5 and m["e2e_r"] == 0.5


def test_confident_quotations_with_the_wrong_name_are_counted_apart():
    # the mention "he" overlaps the gold one, so the attribution counts as right, but the name is wrong
    gold = [dict(GOLD[0], quotes=[dict(q, speaker_name="Karl Brandt") for q in GOLD[0]["quotes"]])]
    pred = {"a1": [
        {"start": 1, "end": 13, "speaker": None, "speaker_name": "Karl Brandt", "confidence": 0.95},
        {"start": 48, "end": 66, "speaker": {"start": 37, "end": 39, "text": "he"}, "speaker_name": "Lena Ortiz",
         "confidence": 0.97},
    ]}
    s = score(gold, pred)
    assert (s.confident, s.confident_wrong) == (2, 0)
    assert (s.confident_named, s.confident_name_wrong) == (2, 1)
    assert "name wrong, conf >= 0.9" in format_scores(s)


def test_short_overlap_does_not_match():
    pred = {"a1": [{"start": 48, "end": 52, "speaker": None, "speaker_name": None}]}
    assert score(GOLD, pred).lenient == 0


def test_title_words_do_not_count_as_a_shared_name():
    gold_quote = {"source": {"start": 0, "end": 9, "text": "President"}}
    assert not attribution_correct(gold_quote, {"speaker_name": "President Smith"}, 100)


def test_invalid_offsets_count_as_wrong_predictions():
    pred = {"a1": [{"start": 5, "end": 5000}, {"start": "x", "end": 3}]}
    s = score(GOLD, pred)
    assert s.predicted == 2 and s.lenient == 0


def test_agrees_with_reference_scorer(bench, tmp_path, spacy_model):
    """`quotes evaluate` and ../shared/bench/score.py give the same figures on the same predictions."""
    gold = bench / "seeds.jsonl"
    pred = tmp_path / "pred.jsonl"
    runner = CliRunner()
    ours = runner.invoke(main, ["evaluate", str(gold), "--json", "--predictions", str(pred)])
    assert ours.exit_code == 0, ours.output
    mine = json.loads(ours.output.strip().splitlines()[-1])
    ref = subprocess.run([sys.executable, str(bench / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    for key in ("quote_p", "quote_r", "quote_f1", "exact_f1", "attr_acc", "e2e_p", "e2e_r", "e2e_f1"):
        assert abs(mine[key] - theirs[key]) < 1e-9, key


def test_agrees_with_reference_scorer_on_imperfect_predictions(bench, tmp_path):
    """Perturbed predictions (dropped, shifted, misattributed) still score identically."""
    gold_rows = [json.loads(line) for line in (bench / "polnear-dev.jsonl").read_text().splitlines()[:10]]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in gold_rows))
    preds = []
    for n, row in enumerate(gold_rows):
        quotes = []
        for k, q in enumerate(row["quotes"]):
            if k % 3 == 0:
                continue
            shift = (k % 4) * 3
            speaker = q["source"] if k % 2 else {"start": 0, "end": 3, "text": row["text"][:3]}
            quotes.append({"start": q["start"] + shift, "end": q["end"] + shift, "speaker": speaker,
                           "speaker_name": None})
        quotes.append({"start": 0, "end": 20, "speaker": None, "speaker_name": "Nobody"})
        preds.append({"id": row["id"], "quotes": quotes})
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(p) for p in preds))
    ref = subprocess.run([sys.executable, str(bench / "score.py"), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    mine = score(gold_rows, {p["id"]: p["quotes"] for p in preds}).metrics()
    for key in ("quote_p", "quote_r", "exact_f1", "attr_acc", "e2e_p", "e2e_r", "e2e_f1"):
        assert abs(mine[key] - theirs[key]) < 1e-9, key
