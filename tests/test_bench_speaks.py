"""A court's bench speaks as the court does, so a participle after "the bench directed X to …" is the bench's:
sentences written for the test."""
from __future__ import annotations


def test_the_bench_says_what_the_participle_after_its_order_says(speakers):
    text = ("The Supreme Court on Tuesday heard the petition on the river.\n\n"
            "In its order, the bench directed the Centre and the state government to file status reports, saying "
            "\"no further time shall be granted on any ground\".")
    assert speakers(text) == ["Supreme Court"]
