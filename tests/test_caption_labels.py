"""A caption that opens with its label ("Caption: Mrs X: ‘…’") quotes the one it names after the label, never the
label: sentences written for the test."""
from __future__ import annotations


def test_a_captions_label_is_no_speaker(speakers):
    text = ("Graduates queue for 300 posts\n\n"
            "More than 40,000 graduates applied for 300 places in the state civil service, officials said.\n\n"
            "Caption: Mrs Hauwa Abdulkadir: \u2018I missed the interview because the bus broke down\u2019\n\n"
            "\u201cWe will hold another round in March,\u201d said Musa Danladi, the commission's secretary.")
    assert speakers(text) == ["Hauwa Abdulkadir", "Musa Danladi"]
