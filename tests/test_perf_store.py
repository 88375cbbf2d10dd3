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
    return {r[0]: r[1] for r in conn.execute("SELECT id, variant_of FROM quotes ORDER BY id")}


def test_words_index_finds_the_same_variants_as_reading_every_quote(conn, monkeypatch):
    rng = random.Random(5)
    texts = []
    for _ in range(150):  # sentences and reworded, shortened and lengthened copies of earlier ones
        if texts and rng.random() < 0.5:
            ws = rng.choice(texts).split()
            ws[rng.randrange(len(ws))] = rng.choice(WORDS)
            ws = ws[rng.randrange(2):] + rng.sample(WORDS, rng.randrange(3))
            texts.append(" ".join(ws))
        else:
            texts.append(" ".join(rng.choices(WORDS, k=rng.randint(3, 14))))
    results = []
    for limit in (10_000, 0):  # every quote read, then the index always asked
        monkeypatch.setattr(linking, "SCAN_LIMIT", limit)
        conn.execute("DELETE FROM quotes")
        for text in texts:
            linking.quote_for(conn, text, None)
        results.append(_variants(conn))
    assert results[0] == results[1]
    assert sum(v is not None for v in results[0].values()) > 10


def test_candidate_words_cover_every_variant():
    rng = random.Random(7)
    for _ in range(2000):
        a = " ".join(rng.choices(WORDS, k=rng.randint(4, 16)))
        ws = a.split()
        for _ in range(rng.randint(1, 3)):
            ws[rng.randrange(len(ws))] = rng.choice(WORDS)
        b = " ".join(ws[rng.randrange(3):])
        if is_variant(a, b):
            asked = {w.strip('"') for w in linking.variant_candidates(quote_key(a)).split(" OR ")}
            assert asked & set(quote_key(b).split()), (a, b)
