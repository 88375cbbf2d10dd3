"""Store paths taken for speed on large databases give the same answers as the plain ones."""
import random

import pytest

from quotes.store import linking
from quotes.store.db import connect
from quotes.store.normalize import is_variant, quote_key

WORDS = ("harbour fishing season quota minister berth ship winter union strike the a we will not keep "
         "every open this our must pay cost boats").split()


@pytest.fixture
def conn(tmp_path):
    return connect(str(tmp_path / "q.db"))


def _variants(conn) -> dict[int, int | None]:
    """Each quote's variant_of, both by their place in the order the quotes were stored (ids are not given again)."""
    rows = conn.execute("SELECT id, variant_of FROM quotes ORDER BY id").fetchall()
    place = {quote_id: n for n, (quote_id, _) in enumerate(rows)}
    return {place[quote_id]: place.get(variant_of) for quote_id, variant_of in rows}


def test_words_index_finds_the_same_variants_as_reading_every_quote(conn, monkeypatch):
    """Exact for quotes of up to 2 * ASKED_WORDS - 1 words (any half-plus-one of their words is asked for)."""
    longest = 2 * linking.ASKED_WORDS - 1
    rng = random.Random(5)
    texts = []
    for _ in range(150):  # sentences and reworded, shortened and lengthened copies of earlier ones
        if texts and rng.random() < 0.5:
            ws = rng.choice(texts).split()
            ws[rng.randrange(len(ws))] = rng.choice(WORDS)
            ws = ws[rng.randrange(2):] + rng.sample(WORDS, rng.randrange(3))
            texts.append(" ".join(ws[:longest]))
        else:
            texts.append(" ".join(rng.choices(WORDS, k=rng.randint(3, longest))))
    results = []
    for limit in (10_000, 0):  # every quote read, then the index always asked
        monkeypatch.setattr(linking, "SCAN_LIMIT", limit)
        conn.execute("DELETE FROM quotes")
        for text in texts:
            linking.quote_for(conn, text, None)
        results.append(_variants(conn))
    assert results[0] == results[1]
    assert sum(v is not None for v in results[0].values()) > 10


def test_candidate_words_cover_every_variant_of_a_short_quote():
    rng = random.Random(7)
    for _ in range(2000):
        a = " ".join(rng.choices(WORDS, k=rng.randint(4, 2 * linking.ASKED_WORDS - 1)))
        ws = a.split()
        for _ in range(rng.randint(1, 3)):
            ws[rng.randrange(len(ws))] = rng.choice(WORDS)
        b = " ".join(ws[rng.randrange(3):])
        if is_variant(a, b):
            asked = {w.strip('"') for w in linking.variant_candidates(quote_key(a)).split(" OR ")}
            assert asked & set(quote_key(b).split()), (a, b)


def test_a_long_quote_with_a_word_changed_is_found_among_many_quotes_of_its_speaker(conn):
    rng = random.Random(3)
    vocabulary = [f"{w}{n}" for w in WORDS for n in range(40)]  # distinct words of many lengths
    speaker = conn.execute("INSERT INTO speakers(name, kind) VALUES ('Rafael Ortega', 'person')").lastrowid
    for _ in range(linking.SCAN_LIMIT + 50):  # enough that the index is asked, not every quote read
        linking.quote_for(conn, " ".join(rng.choices(vocabulary, k=rng.randint(8, 30))), speaker)
    original = " ".join(rng.choices(vocabulary, k=24))
    first = linking.quote_for(conn, original, speaker)
    ws = original.split()
    ws[rng.randrange(24)], ws[rng.randrange(24)] = "changed", "words"
    second = linking.quote_for(conn, " ".join(ws[2:]), speaker)
    assert conn.execute("SELECT variant_of FROM quotes WHERE id = ?", (second,)).fetchone()[0] == first


def test_surnames_are_looked_up_through_an_index(conn):
    from quotes.store.schema import SURNAME

    conn.executemany("INSERT INTO speakers(name, kind) VALUES (?, 'person')",
                     [("Rafael Ortega",), ("Ortega",), ("Ana Ortegas",), ("Gen. Lucia ortega",)])
    sql = f"SELECT name FROM speakers WHERE kind = 'person' AND {SURNAME} = lower(?)"
    plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("Ortega",)))
    assert "USING INDEX speakers_surname" in plan
    assert sorted(r[0] for r in conn.execute(sql, ("Ortega",))) == ["Gen. Lucia ortega", "Ortega", "Rafael Ortega"]


def test_a_variant_is_found_among_many_quotes_of_other_speakers_with_its_words(conn):
    """The words index is asked for the speaker and the words together: the speaker's own earlier
    wording is found, not one of the many other speakers' quotes that share its words."""
    speakers = [conn.execute("INSERT INTO speakers(name, kind) VALUES (?, 'person')", (f"Speaker {n}",)).lastrowid
                for n in range(3)]
    original = "the harbour quota will not cover the winter berth fees of every fishing union boat"
    for n in range(linking.CANDIDATES + 20):
        linking.quote_for(conn, f"{original} {WORDS[n % len(WORDS)]} {n}", speakers[n % 2])
    for n in range(linking.SCAN_LIMIT + 1):  # the third speaker has enough quotes for the index to be asked
        linking.quote_for(conn, f"statement number {n} about something else entirely", speakers[2])
    first = linking.quote_for(conn, original, speakers[2])
    second = linking.quote_for(conn, original.replace("winter", "summer"), speakers[2])
    assert conn.execute("SELECT variant_of FROM quotes WHERE id = ?", (second,)).fetchone()[0] == first


def test_the_words_index_follows_a_quote_to_its_new_speaker(conn):
    a, b = (conn.execute("INSERT INTO speakers(name, kind) VALUES (?, 'person')", (name,)).lastrowid
            for name in ("Ada Lind", "Rafael Ortega"))
    quote = linking.quote_for(conn, "we will keep every berth open this winter", a)
    unattributed = linking.quote_for(conn, "the union must pay the cost of the strike", None)

    def speaker_of(words: str) -> list[int]:
        return [r[0] for r in conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (words,))]

    assert speaker_of(f"speaker_id : {a}") == [quote] and speaker_of("speaker_id : 0") == [unattributed]
    conn.execute("UPDATE quotes SET speaker_id = ? WHERE id = ?", (b, quote))
    assert speaker_of(f"speaker_id : {a}") == [] and speaker_of(f"speaker_id : {b} AND normalized : berth") == [quote]
