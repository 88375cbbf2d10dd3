"""Identity keys: quote wording, speaker names, article texts; variants and word diffs."""
from quotes.pipeline import content_hash
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
