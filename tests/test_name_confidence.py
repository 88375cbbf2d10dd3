"""How sure a speaker's name is: the features the name model reads, the shipped model is what its
training command makes of the project's blind predictions, and the extractor scales confidence by it."""
import json
from pathlib import Path

from conftest import benchmark_script

from quotes.extract import extract_quotes, name_confidence
from quotes.extract.name_confidence import FEATURES, features

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "quotes" / "data" / name_confidence.MODEL_FILE


def _values(name, resolved="name", kind="person", mention=None, text="", names=()):
    return dict(zip(FEATURES, features(name, resolved, kind, mention, text, set(names) | {name})))


def test_an_article_quoting_many_speakers():
    names = {"Ana Cruz", "Ben Ode", "Cai Lin"}
    assert _values("Dee Fox", text="Dee Fox said", names=names)["many_speakers"] == 1.0
    assert _values("Dee Fox", text="Dee Fox said")["many_speakers"] == 0.0


def test_a_bare_lower_case_role_is_one_word_and_lower_case():
    v = _values("chief", resolved="unresolved", mention="the DA chief", text="the DA chief said")
    assert v["one_word"] == v["lower_case"] == v["unresolved"] == 1.0
    assert v["name"] == v["person"] - 1.0 == 0.0 and v["written_so"] == 1.0


def test_a_name_the_article_never_writes():
    v = _values("Ministry of Labor", kind="organization", mention="the labour ministry", text="the labour ministry said")
    assert v["written_so"] == v["person"] == v["mention_is_name"] == 0.0
    assert v["body_word"] == 1.0


def test_a_role_taken_for_a_body_has_no_body_word():
    assert _values("CFO", kind="organization", mention="CFO", text="CFO Owen Mabry said")["body_word"] == 0.0
    assert _values("Owen Mabry", mention="Owen Mabry", text="said Owen Mabry")["body_word"] == 0.0


def test_the_shipped_model_is_what_its_training_command_makes():
    trainer = benchmark_script("train_name_model")
    built = trainer.build(report=lambda line: None)
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == built
    assert built["features"] == list(FEATURES) and built["trained_on"]["quotations"] > 1000


def test_the_penalty_chosen_is_the_smallest_within_a_standard_error_of_the_lowest_share_and_under_the_bar_by_one():
    trainer = benchmark_script("train_name_model")
    # Lowest share 100 of 4,000 (2.5 %, one standard error 0.247 points): 2.70 % is within it, 2.80 % is not.
    totals = {30.0: (5000, 160), 45.0: (4600, 129), 60.0: (4400, 119), 100.0: (4000, 100), 120.0: (3800, 98)}
    assert trainer.choose(totals) == 60.0
    assert trainer.choose({**totals, 60.0: (4400, 124)}) == 100.0
    assert trainer.choose({30.0: (5000, 200), 45.0: (4600, 184)}) == 30.0
    # Within a standard error of the lowest, but over the 3 % a confident name may be wrong: the next one under it by
    # a standard error of its own (2.50 % of 8,000, 0.17 points) ...
    assert trainer.choose({55.0: (8400, 256), 60.0: (8200, 236), 100.0: (8000, 200)}) == 100.0
    # ... and where none is so far under it (2.88 % of 5,100 is 0.23 points from 3 %, 2.85 % of 4,700 as close), the
    # lowest share's
    assert trainer.choose({55.0: (5200, 158), 60.0: (5100, 147), 100.0: (4700, 134)}) == 100.0


def test_the_shift_chosen_is_the_one_nearest_zero_under_the_stricter_bar_by_a_standard_error():
    trainer = benchmark_script("train_name_model")
    # 2.5 % of 8,000 is over 2 %; 1.9 % of 6,000 is under it but not by its standard error (0.18 points); 1.5 % of
    # 5,000 (0.17 points) and 1.0 % of 3,000 both are: the one nearer zero, which leaves more names sure
    totals = {0.0: (8000, 200), -0.1: (6000, 114), -0.2: (5000, 75), -0.3: (3000, 30)}
    assert trainer.choose_shift(totals) == -0.2
    assert trainer.choose_shift({0.0: (8000, 200), -0.1: (6000, 114)}) == -0.1  # none under it: the furthest


def test_the_bias_of_the_shipped_model_carries_the_chosen_shift():
    trainer = benchmark_script("train_name_model")
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped["shift"] == trainer.SHIFT < 0


def test_a_bare_surname_is_less_sure_than_a_full_name(nlp):
    """The same market trader, named in full and then by his surname alone (never joined to a full name)."""
    def story(who):
        return ("Traders at Balogun market in Lagos say prices have doubled since March.\n\n"
                f"\u201cWe cannot keep raising what we charge,\u201d said {who}, who sells rice and beans.")
    full, bare = extract_quotes(story("Chidi Okafor"), nlp)[-1], extract_quotes(story("Okafor"), nlp)[-1]
    assert (full.speaker_name, bare.speaker_name) == ("Chidi Okafor", "Okafor")
    assert bare.confidence < full.confidence - 0.2


def test_a_long_name_opening_with_an_unlisted_word():
    meme = _values("Meme Hileni Nakale", text="Meme Hileni Nakale said")
    assert meme["unlisted_opening"] == 1.0 and meme["unlisted_first"] == 0.0 and meme["four_words"] == 0.0
    convener = _values("Convener Paul Steele", text="Convener Paul Steele said")
    assert convener["unlisted_opening"] == convener["unlisted_first"] == 1.0
    nilame = _values("Diyawadana Nilame Pradeep Ekanayake", text="Diyawadana Nilame Pradeep Ekanayake said")
    assert nilame["unlisted_opening"] == nilame["four_words"] == 1.0
    for listed in ("Paul Steele", "Paul James Steele", "Tan Li Ping"):  # two words; a listed given name; a family name first
        assert _values(listed, text=f"{listed} said")["unlisted_opening"] == 0.0
    assert _values("Ministry of Health and Wellness", kind="organization", text="x")["four_words"] == 0.0


def test_a_name_that_begins_with_a_title_but_not_a_rank():
    assert _values("Cde Farai Mutasa", text="Cde Farai Mutasa said")["title_first"] == 1.0
    assert _values("His mother", resolved="unresolved", text="His mother said")["title_first"] == 1.0
    assert _values("Gen Nakatani", text="Gen Nakatani said")["title_first"] == 0.0
    assert _values("Farai Mutasa", text="Farai Mutasa said")["title_first"] == 0.0


def test_a_name_beginning_with_an_ordinary_word_the_article_writes_in_lower_case():
    text = "The warden had locked the gate. Warden Ivy Dorr said she heard the wind."
    assert _values("Warden Ivy Dorr", text=text)["first_word_lower"] == 1.0
    assert _values("Ivy Dorr", text=text)["first_word_lower"] == 0.0
    assert _values("Warden Ivy Dorr", text="Warden Ivy Dorr said she heard the wind.")["first_word_lower"] == 0.0


def test_a_surname_alone_behind_its_particles():
    assert _values("Ní Dhonnell", text="Ní Dhonnell said")["bare_surname"] == 1.0
    assert _values("van der Berg", text="van der Berg said")["bare_surname"] == 1.0
    assert _values("Aoife Ní Dhonnell", text="Aoife Ní Dhonnell said")["bare_surname"] == 0.0
    assert _values("DI Corrigan", text="DI Corrigan said")["bare_surname"] == 0.0
    assert _values("Corrigan", text="Corrigan said")["bare_surname"] == 0.0


def test_a_name_whose_surname_another_speaker_shares():
    names = {"Moira Carmody", "Ben Ode"}
    assert _values("Elspeth Carmody", text="Elspeth Carmody said", names=names)["shares_family_name"] == 1.0
    assert _values("Elspeth Carmody", text="Elspeth Carmody said", names={"Ben Ode"})["shares_family_name"] == 0.0
    assert _values("Carmody", text="Carmody said", names=names)["shares_family_name"] == 0.0
    assert _values("Carmody Holdings", kind="organization", text="Carmody Holdings said",
                   names=names)["shares_family_name"] == 0.0
    assert name_confidence.load()["shares_family_name"] < 0


def test_the_trainer_learns_from_names_reached_through_the_wrong_mention(tmp_path, monkeypatch):
    """The product is judged on every name it gives: a quotation whose mention was the wrong one ("she" taken for
    the mother, not the daughter) is a wrong name the model must learn from, not a row left out."""
    trainer = benchmark_script("train_name_model")
    text = ("Mother and daughter open a bakery\n\nAine Walsh, 52, and her daughter Orla Walsh, 24, opened the shop "
            "in May.\n\n\u201cWe bake from four in the morning,\u201d she said.")
    start = text.index("\u201c") + 1
    end = text.index(",\u201d")
    she = text.index("she said")
    gold = {"id": "t-001", "text": text, "quotes": [
        {"start": start, "end": end, "text": text[start:end], "speaker_name": "Orla Walsh", "speaker_kind": "person",
         "source": {"start": she, "end": she + 3, "text": "she"}, "cue": {"start": she + 4, "end": she + 8, "text": "said"}}]}
    mother = text.index("Aine Walsh")
    predicted = {"id": "t-001", "quotes": [
        {"start": start, "end": end, "text": text[start:end], "speaker": {"start": mother, "end": mother + 10, "text": "Aine Walsh"},
         "speaker_name": "Aine Walsh", "speaker_kind": "person", "resolved": "name", "confidence": 0.9,
         "speaker_confidence": 0.95}]}
    (tmp_path / "blind").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "blind" / "heldout900.jsonl").write_text(json.dumps(predicted) + "\n", encoding="utf-8")
    (tmp_path / "gold" / "heldout900.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    monkeypatch.setattr(trainer, "BLIND", tmp_path / "blind")
    monkeypatch.setattr(trainer, "GOLD", tmp_path / "gold")
    assert [(confidence, right) for _, confidence, right in trainer.rows("heldout900")] == [(0.95, False)]


def test_a_name_opening_with_a_bodys_initials():
    assert _values("PSNI spokesperson", text="A PSNI spokesperson said")["acronym_first"] == 1.0
    assert _values("RCMP", kind="organization", text="RCMP said")["acronym_first"] == 1.0
    assert _values("Police Service of Northern Ireland", kind="organization", text="x")["acronym_first"] == 0.0
    assert _values("Ms Rowe", text="Ms Rowe said")["acronym_first"] == 0.0
    assert name_confidence.load()["acronym_first"] < 0


def test_a_name_whose_surname_the_article_writes_after_another_given_name():
    text = "Sione Vaipulu, 61, runs the store with his wife Mele Vaipulu. Mr Vaipulu said the rent had doubled."
    assert _values("Sione Vaipulu", text=text)["another_given_name"] == 1.0
    alone = "Sione Vaipulu runs the store. Mr Vaipulu and Dr Vaipulu said the rent had doubled."
    assert _values("Sione Vaipulu", text=alone)["another_given_name"] == 0.0
    ordinary = "Sione Vaipulu runs the store. Yesterday Vaipulu said the rent had doubled yesterday."
    assert _values("Sione Vaipulu", text=ordinary)["another_given_name"] == 0.0
    opening = "Sione Vaipulu runs the store. But Vaipulu said the rent had doubled. Farmer Vaipulu agreed."
    assert _values("Sione Vaipulu", text=opening)["another_given_name"] == 0.0
    family_first = "Lam Kwok-wah, 78, died on Sunday. His daughter, Lam Wai-man, said he loved the sea."
    assert _values("Lam Kwok-wah", text=family_first)["another_given_name"] == 1.0
    assert _values("Lam Kwok-wah", text="Lam Kwok-wah, 78, died on Sunday.")["another_given_name"] == 0.0
    assert _values("Vaipulu Holdings", kind="organization", text="Mele Vaipulu Holdings")["another_given_name"] == 0.0
    assert name_confidence.load()["another_given_name"] < 0
