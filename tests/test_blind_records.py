"""The blind records (benchmarks/blind/) keep the speaker model's own confidence beside the shipped one, and the
name model's left-out figures are scored by it: a left-out name meets the name model's chance once, as it does in
the extractor, not twice (the shipped confidence already holds the chance of its day)."""
import json
from pathlib import Path

from conftest import benchmark_script

from quotes.extract import extract_quotes, name_confidence

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmarks" / "blind"


TEXT = ("Dr Priya Venkatesan chairs the board. Her brother, Arun Venkatesan, runs the depot.\n\n"
        "“We will open the depot on Monday,” Venkatesan said.\n\n“It is ready,” said Arun Venkatesan.")


def test_every_blind_record_holds_the_confidence_before_the_name_factor():
    quotes = [q for path in sorted(BLIND.glob("*.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
              for q in json.loads(line)["quotes"]]
    assert len(quotes) > 10000
    assert all(q["confidence"] - 0.0006 <= q["speaker_confidence"] <= 1.0 for q in quotes)
    assert sum(q["speaker_confidence"] > q["confidence"] + 0.01 for q in quotes) > 1000  # (a name factor divided out)


def test_a_record_divides_the_name_chance_out_of_the_confidence(nlp, monkeypatch):
    shipped = [q.to_dict() for q in extract_quotes(TEXT)]
    monkeypatch.setattr(name_confidence, "apply", lambda quotes, text: None)
    own = [q.confidence for q in extract_quotes(TEXT)]
    recorded = benchmark_script("record_blind").record({"id": "a", "quotes": shipped}, TEXT)["quotes"]
    assert len(recorded) == len(own) == 2
    assert any(q["speaker_confidence"] > q["confidence"] for q in recorded)
    for q, confidence in zip(recorded, own):
        assert abs(q["speaker_confidence"] - confidence) < 0.002


def test_left_out_names_are_scored_by_the_speaker_models_own_confidence(tmp_path, monkeypatch):
    quote = {"start": 1, "end": 9, "text": "We agree", "speaker": {"start": 11, "end": 14, "text": "Lee"},
             "speaker_name": "Ann Lee", "speaker_kind": "person", "resolved": "surname", "method": "governing verb"}
    gold = {"id": "x-1", "text": "“We agree,” Lee said.", "quotes": [{**quote, "source": quote["speaker"],
                                                                     "cue": {"start": 15, "end": 19, "text": "said"}}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "blind").mkdir()
    (tmp_path / "gold" / "set.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    record = {"id": "x-1", "quotes": [{**quote, "confidence": 0.5, "speaker_confidence": 0.95}]}
    (tmp_path / "blind" / "set.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    trainer = benchmark_script("train_name_model")
    monkeypatch.setattr(trainer, "GOLD", tmp_path / "gold")
    monkeypatch.setattr(trainer, "BLIND", tmp_path / "blind")
    [(values, confidence, right)] = trainer.rows("set")
    assert confidence == 0.95 and right
