"""The one definition of a possessive ending (quotes/words.py) that the tokens, words and names use."""
from quotes.words import APOSTROPHE_S, POSSESSIVE, POSSESSIVE_TOKENS


def test_a_possessive_token_is_a_whole_possessive_ending():
    assert POSSESSIVE_TOKENS == {"'s", "\u2019s", "'", "\u2019"}
    for text in ("'s", "\u2019s", "'", "\u2019", "s", "'S", "Reuters'", "Tokyo's", "\u2018"):
        assert (text in POSSESSIVE_TOKENS) == bool(POSSESSIVE.fullmatch(text)), text


def test_the_ending_comes_off_a_word_straight_or_curly():
    assert [POSSESSIVE.sub("", w) for w in ("Tokyo's", "Tokyo\u2019s", "Reuters'", "Reuters\u2019", "Boss")] == \
        ["Tokyo", "Tokyo", "Reuters", "Reuters", "Boss"]
    assert "Tokyo\u2019s".endswith(APOSTROPHE_S) and not "Reuters'".endswith(APOSTROPHE_S)
