"""The trained speaker model: the shipped file is what the training command makes of its data,
the training is deterministic, and the extractor reads the model."""
import hashlib
import json
import math
from pathlib import Path

import pytest
from conftest import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "quotes" / "data" / "speaker_model.json"
REGRESSION = ROOT / "tests" / "fixtures" / "regression" / "articles.jsonl"


def test_the_shipped_model_is_small_and_well_formed():
    raw = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert SHIPPED.stat().st_size < 64_000
    for part in ("ranker", "calibrator"):
        assert len(raw[part]["features"]) == len(raw[part]["weights"]) == len(set(raw[part]["features"]))
        assert all(math.isfinite(w) for w in raw[part]["weights"])
    assert raw["trained_on"]["file"] == "polnear-train.jsonl"
    assert "governing verb" in raw["rules_seen"]


def test_the_shipped_model_was_trained_on_the_shared_training_file(bench):
    """The file is a pure function of its inputs (the training file, checked by hash, and the code,
    checked for determinism below); a full rebuild takes minutes: `make speaker-model`."""
    raw = json.loads(SHIPPED.read_text(encoding="utf-8"))
    data = (bench / "polnear-train.jsonl").read_bytes()
    assert raw["trained_on"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert raw["trained_on"]["articles"] == sum(1 for line in data.splitlines() if line.strip())


def test_training_twice_gives_the_same_file(nlp, tmp_path):
    trainer = benchmark_script("train_speaker_model")
    out = []
    for n in range(2):
        target = tmp_path / f"model{n}.json"
        trainer.main([str(REGRESSION), "--output", str(target), "--limit", "12", "--folds", "2"])
        out.append(target.read_bytes())
    assert out[0] == out[1]
    raw = json.loads(out[0])
    assert raw["ranker"]["features"] and raw["trained_on"]["articles"] == 12


def test_a_parse_cache_of_another_pipeline_is_parsed_again(nlp, tmp_path):
    trainer = benchmark_script("train_speaker_model")
    articles = [{"id": "a", "text": "“We will stay,” Ana Ruiz said."}, {"id": "b", "text": "Tom Oyelaran spoke."}]
    cache = tmp_path / "docs.spacy"
    first = trainer.parse_all(articles, cache)
    key = Path(str(cache) + ".ids")
    stored = json.loads(key.read_text())
    assert stored["ids"] == ["a", "b"] and stored["pipeline"]["pipes"] == list(nlp.pipe_names)
    assert [d.text for d in trainer.parse_all(articles, cache)] == [d.text for d in first]
    stored["pipeline"]["pipes"] = stored["pipeline"]["pipes"][:-1]  # as if written before a pipe was added
    key.write_text(json.dumps(stored))
    trainer.parse_all(articles, cache)
    assert json.loads(key.read_text())["pipeline"]["pipes"] == list(nlp.pipe_names)


def test_labels_credit_the_speaker_not_the_relay():
    """PolNeAR credits "the Post" in "the judge said, according to the Post"; the product credits the judge."""
    trainer = benchmark_script("train_speaker_model")
    text = "The judge said the ruling stands, according to the Post. \u201cIt is final.\u201d"
    post = {"start": text.index("the Post"), "end": text.index("the Post") + 8, "text": "the Post"}
    judge = {"start": 0, "end": 9, "text": "The judge"}
    start = text.index("It is")
    article = {"id": "a", "text": text,
               "quotes": [{"start": start, "end": start + 12, "text": "It is final.", "source": post}]}
    seen = [{"start": start, "end": start + 12, "cands": [
        {"speaker": judge, "speaker_name": None, "via": post, "none": False},
        {"speaker": post, "speaker_name": "Post", "via": None, "none": False},
        {"speaker": None, "speaker_name": None, "via": None, "none": True}]}]
    assert trainer.label(article, seen) == [[True, False, False]]


def test_the_model_picks_and_calibrates(run_extract):
    quotes = run_extract("Finance Minister Omar Sadiq presented the budget on Monday.\n"
                         "\u201cWe have cut the deficit in half,\u201d he told parliament.")
    assert len(quotes) == 1 and quotes[0].speaker_name == "Omar Sadiq"
    assert 0.5 < quotes[0].confidence <= 1


@pytest.fixture
def run_extract(nlp):
    from quotes.extract import extract_quotes

    return lambda text: extract_quotes(text, nlp)


def _candidates(nlp, text: str, words: str) -> dict:
    """The features of each named candidate of the quotation holding `words` but the rules' answer (by the name
    it resolves to)."""
    from quotes.extract import core

    found = {}

    def observe(k, quote, cands, feats, best):
        if words in quote.text:
            found.update((c.name, f) for c, f in zip(cands, feats)
                         if c.name is not None and c.name not in found and not f.get("first"))

    core.quotes_in(nlp(text), text, choose=core.rules_choice, observe=observe)
    return found


def test_candidates_are_read_against_the_pronoun_the_rules_answer_with(nlp):
    """"…,” she said: a woman in reach fits the pronoun, a man does not."""
    feats = _candidates(nlp, "Maria Lopez and Tom Baker met the council on Monday.\n"
                             "\u201cWe need more buses on the night routes,\u201d she said.", "more buses")
    assert feats["Maria Lopez"].get("fits_pronoun") == 1.0 and not feats["Maria Lopez"].get("clashes_pronoun")
    assert feats["Tom Baker"].get("clashes_pronoun") == 1.0 and not feats["Tom Baker"].get("fits_pronoun")


def test_the_previous_speaker_counts_more_in_the_same_paragraph(nlp):
    text = ("\u201cThe plan is sound,\u201d Tom Baker said on Monday. \u201cIt will pass the council easily.\u201d\n"
            "Ann Morrow, the council leader, disagreed.\n"
            "\u201cThe figures do not add up at all,\u201d she said. \u201cWe will vote it down next week.\u201d")
    assert _candidates(nlp, text, "It will pass")["Tom Baker"]["previous_same_para"] == 1.0
    assert _candidates(nlp, text, "We will vote")["Ann Morrow"]["previous_same_para"] == 1.0
    assert _candidates(nlp, text, "do not add up")["Ann Morrow"]["previous_same_para"] == 0.0


def test_a_candidate_that_relays_another_is_marked(nlp):
    """"Judge Mary Cole told the jury: “…,” the Herald reported": the Herald relays the judge's words."""
    feats = _candidates(nlp, "Judge Mary Cole told the jury: \u201cYou must acquit him,\u201d the Herald reported.",
                        "acquit him")
    assert feats["Herald"]["relays_other"] == 1.0


def test_a_person_the_words_name_is_marked(nlp):
    """"Kofi is ready," he said of winger Kofi Mensah: the words name Mensah, seldom their own speaker; the coach
    named before is not named in them."""
    text = ("Coach Javier Ortega had good news on winger Kofi Mensah, who returns after a knee injury.\n"
            "\u201cKofi is ready. He has worked so hard,\u201d he said.")
    feats = _candidates(nlp, text, "Kofi is ready")
    assert feats["Kofi Mensah"]["named_inside"] == 1.0 and feats["Javier Ortega"]["named_inside"] == 0.0
