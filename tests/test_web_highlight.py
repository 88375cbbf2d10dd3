"""The evidence pages' text handling: escaping, highlighting, paragraphs (no Datasette needed)."""
from __future__ import annotations

import ast
from pathlib import Path

from quotes.web.text import Span, after_closing_mark, confidence_label, excerpt, found_by, highlight, paragraphs

PLUGIN = Path(__file__).resolve().parents[1] / "quotes" / "web" / "plugin.py"


def test_text_is_escaped_inside_and_outside_marks():
    text = "<b>x</b> said “<script>alert(1)</script>”"
    start = text.index("<script>")
    html = str(highlight(text, 0, len(text), [Span(start, len(text) - 1, "quote"), Span(0, 8, "speaker")]))
    assert "<script>" not in html and "<b>" not in html
    assert '<mark class="speaker">&lt;b&gt;x&lt;/b&gt;</mark>' in html
    assert '<mark class="quote">&lt;script&gt;alert(1)&lt;/script&gt;</mark>' in html


def test_overlapping_spans_are_cut_into_pieces_with_every_kind():
    text = "abcdef"
    html = str(highlight(text, 0, 6, [Span(0, 4, "quote"), Span(2, 6, "cue")]))
    assert html == '<mark class="quote">ab</mark><mark class="cue quote">cd</mark><mark class="cue">ef</mark>'


def test_only_the_requested_stretch_is_rendered_and_spans_are_clipped():
    text = "one two three"
    html = str(highlight(text, 4, 7, [Span(0, 13, "quote"), Span(8, 13, "cue")]))
    assert html == '<mark class="quote">two</mark>'


def test_notes_are_inserted_as_markup_at_their_offset():
    from markupsafe import Markup

    text = "“Hi,” she said."
    html = str(highlight(text, 0, len(text), [Span(1, 4, "quote")], [(5, Markup("<a>Ann</a>"))]))
    assert html == '“<mark class="quote">Hi,</mark>”<a>Ann</a> she said.'


def test_paragraphs_skip_blank_lines_and_keep_offsets():
    text = "First.\n\nSecond one.\nThird"
    assert [text[a:b] for a, b in paragraphs(text)] == ["First.", "Second one.", "Third"]


def test_excerpt_covers_the_paragraph_of_the_speaker_mention_too():
    text = "Ann Lee spoke first.\n“Yes,” she said.\nUnrelated."
    row = {"start": 22, "end": 26, "segments": None, "speaker_start": 0, "speaker_end": 7,
           "cue_start": 32, "cue_end": 36}
    html = [str(p) for p in excerpt(text, row)]
    assert html == ['<mark class="speaker">Ann Lee</mark> spoke first.',
                    '“<mark class="quote">Yes,</mark>” she <mark class="cue">said</mark>.']


def test_a_quote_over_two_paragraphs_is_marked_piece_by_piece():
    text = "He said: “One.\n“Two.”"
    row = {"start": 10, "end": 20, "segments": "[[10, 14], [16, 20]]", "speaker_start": 0, "speaker_end": 2,
           "cue_start": 3, "cue_end": 7}
    html = [str(p) for p in excerpt(text, row)]
    assert html[1] == '“<mark class="quote">Two.</mark>”'


def test_closing_mark_and_confidence_words():
    assert after_closing_mark("“Hi,” she", 4) == 5
    assert after_closing_mark("Hi there", 2) == 2
    assert confidence_label(0.95) == "0.95 (high)"
    assert confidence_label(0.57) == "0.57 (low)"
    assert confidence_label(None) == "unknown"


def test_plugin_reads_sqlite_only_and_stands_alone():
    """No spaCy, and nothing from the rest of the package at import: `--plugins-dir` publishing ships the folder
    alone, so the plugin's modules import each other through `_sibling`, never with a relative import."""
    allowed = {"__future__", "json", "re", "bisect", "collections", "datetime", "importlib", "itertools", "pathlib",
               "sqlite3", "typing", "urllib", "datasette", "jinja2", "markupsafe"}
    for module in sorted(PLUGIN.parent.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        top_level = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
        imported = {alias.name.split(".")[0] for node in top_level if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module.split(".")[0] for node in top_level if isinstance(node, ast.ImportFrom) and node.level == 0}
        assert not any(isinstance(node, ast.ImportFrom) and node.level for node in ast.walk(tree)), module.name
        assert imported <= allowed, (module.name, imported - allowed)


def test_found_by_names_the_strategy_and_how_the_speaker_was_resolved():
    assert found_by({"method": "governing verb", "resolved": "pronoun"}) == "governing verb (pronoun)"
    assert found_by({"method": "governing verb", "resolved": None}) == "governing verb"  # stored before schema 5
    assert found_by({"method": "none", "resolved": "none"}) == "none"
