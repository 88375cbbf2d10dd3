""""First Deputy Speaker Right Honourable Esnart Mhango-Kalua" is "the Deputy Speaker": the office before a style of
several words describes the one named after it.  On articles written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("style", ["Right Honourable ", ""])
def test_the_office_before_the_style(speakers, style):
    text = (f"Parliament\n\nThe remark drew laughter before First Deputy Speaker {style}Esnart Mhango-Kalua called the "
            "House to order. \"Honourable members, this is not a football ground,\" the Deputy Speaker said.\n")
    assert speakers(text) == ["Esnart Mhango-Kalua"]

