"""A capital letter alone makes no title: a lone word the clause says someone or something is ("she is “Nigerian”",
"rated it “False”") and a quotation with no capital at all (“12”, “1970s”) are somebody's words; a name or title
stays one (grammar.looks_like_name), on sentences written here (tests/fixtures/regression/capitalised-words.jsonl
holds an article)."""
import pytest


@pytest.mark.parametrize("text", [
    "Councillor Ben Achebe said the new hospital chief could not be trusted because she is \u201cNigerian,\u201d "
    "although she was born in Leeds.",
    "Lena Morales of the Harbour Fact Desk examined the claim and rated it \u201cFalse.\u201d",
    "The coach, Ivan Petrov, said his rival\u2019s tactics were \u201cRussian\u201d and old-fashioned.",
])
def test_a_lone_capitalised_word_the_clause_predicates_is_a_word(labelled, text):
    assert labelled(text) == []


@pytest.mark.parametrize("text", [
    "Russ Heller said only \u201c12\u201d of the 40 precincts had ever backed her.",
    "Mayor Ruth Adair called the plan a \u201c1970s\u201d fix for a modern problem.",
])
def test_a_quotation_without_a_capital_is_no_title(labelled, text):
    assert labelled(text) == []


@pytest.mark.parametrize("text, names", [
    ("His new campaign advertisement, titled \u201cHardworking,\u201d begins airing on Thursday.", ["Hardworking,"]),
    ("Whitcombe, known to his supporters as \u201cBulldog,\u201d appeared on \u201cBuckeye Sunday\u201d later.",
     ["Bulldog,", "Buckeye Sunday"]),
    ("She has starred in \u201cHarbour Lights\u201d since 2019.", ["Harbour Lights"]),
    ("Within an hour the account \u201c@BenCole\u201d had deleted the post.", ["@BenCole"]),
])
def test_names_and_titles_stay_names(labelled, text, names):
    assert labelled(text) == names
