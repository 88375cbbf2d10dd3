""""The Department" is the one department the article named by its portfolios, a list with "and the" in it
("the Department of Agriculture, Food and the Marine"), though the tagger typed "Marine" a people; on an article
written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_department_is_the_one_named_with_its_portfolios(speakers):
    text = ("TB meeting\n\nA vet with the Department of Agriculture, Food and the Marine, Dr Cian Moran, said he understood "
            "the anger.\n\nHe said the Department had stepped up testing in the county.\n\nIn a statement afterwards, the "
            f"Department said {Q}most herds in Mayo remain TB-free{E}.\n")
    assert speakers(text) == ["Department of Agriculture, Food and the Marine"]
