"""How sure a speaker's name is: the features the name model reads, the shipped model is what its
training command makes of the project's blind predictions, and the extractor scales confidence by it."""
import importlib.util
import json
from pathlib import Path

from quotes.extract import extract_quotes, name_confidence
from quotes.extract.name_confidence import FEATURES, features

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "quotes" / "data" / name_confidence.MODEL_FILE


def _values(name, resolved="name", kind="person", mention=None, text="", names=()):
    return dict(zip(FEATURES, features(name, resolved, kind, mention, text, set(names) | {name})))


def test_a_bare_lower_case_role_is_one_word_and_lower_case():
    v = _values("chief", resolved="unresolved", mention="the DA chief", text="the DA chief said")
    assert v["one_word"] == v["lower_case"] == v["unresolved"] == 1.0
    assert v["name"] == v["person"] - 1.0 == 0.0 and v["written_so"] == 1.0


def test_a_surname_shared_by_two_speakers_of_one_article():
    text = "Emrys Pritchard farms the hill. His son Rhodri Pritchard runs the dairy."
    v = _values("Rhodri Pritchard", resolved="surname", mention="Mr Pritchard", text=text, names={"Emrys Pritchard"})
    assert v["shared_surname"] == v["given_names"] == 1.0
    alone = _values("Rhodri Pritchard", resolved="surname", mention="Mr Pritchard", text="Rhodri Pritchard runs it.")
    assert alone["shared_surname"] == alone["given_names"] == 0.0


def test_a_name_the_article_never_writes():
    v = _values("Ministry of Labor", kind="organization", mention="the labour ministry", text="the labour ministry said")
    assert v["written_so"] == v["person"] == v["mention_is_name"] == 0.0
    assert v["body_word"] == 1.0


def test_a_role_taken_for_a_body_has_no_body_word():
    assert _values("CFO", kind="organization", mention="CFO", text="CFO Owen Mabry said")["body_word"] == 0.0
    assert _values("Owen Mabry", mention="Owen Mabry", text="said Owen Mabry")["body_word"] == 0.0


def test_the_shipped_model_is_what_its_training_command_makes():
    spec = importlib.util.spec_from_file_location("train_name_model", ROOT / "benchmarks" / "train_name_model.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    built = trainer.build(report=lambda line: None)
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == built
    assert built["features"] == list(FEATURES) and built["trained_on"]["quotations"] > 1000


def test_a_surname_two_speakers_share_lowers_confidence(nlp):
    """The same story, the first farmer named Hughes and then Pritchard like the second."""
    def story(surname):
        return (f"Emrys {surname} and Rhodri Pritchard run neighbouring farms at Llanbedr.\n\n"
                f"\u201cWe have never seen a summer like it,\u201d said Emrys {surname}.\n\n"
                "\u201cThe rain has been the worst in years,\u201d said Rhodri Pritchard.")
    apart, shared = extract_quotes(story("Hughes"), nlp), extract_quotes(story("Pritchard"), nlp)
    assert [q.speaker_name for q in apart] == ["Emrys Hughes", "Rhodri Pritchard"]
    assert [q.speaker_name for q in shared] == ["Emrys Pritchard", "Rhodri Pritchard"]
    assert shared[-1].confidence < apart[-1].confidence
