"""Reading articles: encodings, formats (text, Markdown, HTML, JSON Lines), folders, errors."""
import pytest

from quotes.errors import QuotesError
from quotes.ingest.sources import decode, expand, iso_date, read_articles


def test_decode_utf8_utf16_bom_and_cp1252():
    text = "caf\u00e9 \u201cquoted\u201d"
    assert decode(text.encode("utf-8"), "f") == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "f") == text
    assert decode(text.encode("utf-16"), "f") == text  # with its byte-order mark
    assert decode(text.encode("cp1252"), "f") == text


@pytest.mark.parametrize("data, message", [(b"", "empty"), (b" \n ", "empty"),
                                           (bytes(range(256)) * 4, "binary"), (b"\x7fELF\x02\x01\x01\x00", "binary")])
def test_decode_rejects_empty_and_binary(data, message):
    with pytest.raises(QuotesError, match=message):
        decode(data, "f")


def test_text_file_with_front_matter(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Port reopens\noutlet: The Herald\npublished: March 3, 2025\n---\nBody.\n")
    [source] = read_articles(str(path))
    assert (source.title, source.outlet, source.published, source.text.strip()) == \
        ("Port reopens", "The Herald", "2025-03-03", "Body.")


def test_markdown_title_and_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# The headline\n\nSome **bold** and [linked](http://x.example) words.\n\n> \u201cA quote,\u201d she said.\n")
    [source] = read_articles(str(path))
    assert source.title == "The headline"
    assert "Some bold and linked words." in source.text
    assert "\u201cA quote,\u201d she said." in source.text and ">" not in source.text


def test_html_text_and_metadata_by_trafilatura(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><title>Strike ends | The Herald</title><link rel="canonical" href="https://h.example/strike">'
        '<meta name="author" content="Jo Bloggs"><meta property="og:site_name" content="The Herald">'
        '<meta property="article:published_time" content="2025-03-12T10:00:00Z"></head><body>'
        '<nav>Home | News | Sport</nav><article><h1>Strike ends</h1>'
        '<p>\u201cWe won,\u201d said Rafael Ortega, the union leader, on Tuesday evening outside the hall.</p>'
        '<p>The authority said it was pleased with the deal and that work would resume on Wednesday.</p>'
        '</article><footer>Copyright 2025 The Herald</footer></body></html>', encoding="utf-8")
    [source] = read_articles(str(path))
    assert (source.title, source.outlet, source.author, source.published, source.url) == \
        ("Strike ends", "The Herald", "Jo Bloggs", "2025-03-12", "https://h.example/strike")
    assert source.text.startswith("\u201cWe won,\u201d said Rafael Ortega")
    assert "Home | News" not in source.text and "Copyright" not in source.text


def test_jsonl_articles_with_benchmark_field_names(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "One.", "title": "T1", "publisher": "nyt", "date": "2016-01-02"}\n\n'
                    '{"text": "Two.", "url": "https://x.example/2", "outlet": "X"}\n')
    first, second = read_articles(str(path))
    assert (first.outlet, first.published, first.origin) == ("nyt", "2016-01-02", f"{path}:1")
    assert (second.url, second.outlet, second.origin) == ("https://x.example/2", "X", f"{path}:3")


@pytest.mark.parametrize("content, message", [('{"text": "ok"}\n{"text": oops}\n', r":2: malformed JSON"),
                                              ('{"title": "no text"}\n', r":1: the article has no"),
                                              ('["a list"]\n', r":1: expected a JSON object")])
def test_jsonl_errors_name_the_line(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(QuotesError, match=message):
        read_articles(str(path))


def test_folders_are_read_recursively_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b.txt", "sub/a.md", "sub/c.html", "notes.csv", ".git/x.txt", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    assert [p.removeprefix(str(tmp_path) + "/") for p in expand([str(tmp_path)])] == \
        ["b.txt", "sub/a.md", "sub/c.html"]


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(QuotesError, match="no such file"):
        read_articles(str(tmp_path / "nope.txt"))
    with pytest.raises(QuotesError, match="no article files"):
        expand([str(tmp_path)])


def test_iso_date_formats():
    assert [iso_date(d) for d in ("2025-03-03", "2025-03-03T23:10:00+09:00", "3 March 2025", "2025/03/03",
                                  "soon", None)] == ["2025-03-03"] * 4 + [None, None]
