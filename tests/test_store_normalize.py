"""Identity keys: quote wording, speaker names, article texts; variants and word diffs."""
from quotes.ingest.articles import content_hash
from quotes.store.normalize import is_variant, name_key, quote_key, word_diff


def test_quote_key_ignores_marks_case_and_abbreviation_dots():
    a = "The Ministers reaffirmed that Article V of the U.S.-Japan Treaty applies,\u201d"
    b = "the ministers reaffirmed that Article V of the US-Japan treaty applies"
    assert quote_key(a) == quote_key(b)
    assert quote_key("it\u2019s  fine") == quote_key("It's fine.")


def test_quote_key_keeps_different_words_apart():
    assert quote_key("we will not try") != quote_key("we will try")


def test_name_key_drops_leading_article_and_possessive():
    assert name_key("the Japanese Ministry of Defense") == "japanese ministry of defense"
    assert name_key("Tokyo\u2019s") == name_key("tokyo")


def test_variants_one_word_changed_or_words_dropped():
    assert is_variant("This decision will empty our harbours within a single season",
                      "This decision will empty our harbours within one season")
    assert is_variant("We will never abandon the workers of this port, whatever it costs us",
                      "We will never abandon the workers of this port")
    assert not is_variant("We will never abandon the workers", "The weather was fine in the south today")
    assert not is_variant("loser", "losers")  # too short to tell


def test_word_diff_marks_removed_and_added_words():
    assert word_diff("We will not pay for this crisis.", "We will never pay for this crisis") == \
        "We will [-not-] {+never+} pay for this crisis"


def test_content_hash_ignores_whitespace_only():
    assert content_hash("A  b\nc") == content_hash("A b c")
    assert content_hash("A b c") != content_hash("A b d")


def test_variant_score_shortcuts_never_change_the_answer():
    """Lengths and shared words only turn pairs down early: the score is the in-order match's."""
    import random
    from difflib import SequenceMatcher

    from quotes.store.normalize import _alike, variant_score

    rng = random.Random(11)
    vocabulary = "we will not pay the cost of this strike harbour union boats winter".split()
    for _ in range(3000):
        a = rng.choices(vocabulary, k=rng.randint(2, 14))
        b = [w if rng.random() < 0.8 else rng.choice(vocabulary) for w in a][rng.randrange(3):]
        b += rng.choices(vocabulary, k=rng.randrange(3))
        short, long = sorted((len(a), len(b)))
        matched = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
        expected = matched / long if short >= 4 and a != b and _alike(matched, short, long) else 0.0
        assert variant_score(a, b) == expected, (a, b)
