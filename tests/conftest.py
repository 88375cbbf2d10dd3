"""Shared fixtures: the loaded model, the shared benchmark folder (skipped when absent), databases.

Tiers: every test that needs the spaCy model asks for the `spacy_model` fixture (directly or
through `nlp`, `run`, `build_db`...), and is marked `model` here, so `pytest -m "not model"`
runs on a machine with no model.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
#: A one-sentence article with one attributed quotation.
GOOD = "\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind."


def pytest_collection_modifyitems(items):
    for item in items:
        if "spacy_model" in item.fixturenames:
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def spacy_model() -> str:
    """The name of the installed spaCy model (the tests asking for it are marked `model`)."""
    from quotes.extract import model as nlp_module

    return nlp_module.model_name()


@pytest.fixture(scope="session")
def nlp(spacy_model):
    from quotes.extract import model as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def speakers(nlp):
    """`speakers(text)`: the speaker name of each quotation the extractor finds in `text`, in order;
    `saying=words` keeps only the quotations holding those words, `kinds=True` gives (name, kind) pairs."""
    from quotes.extract import extract_quotes

    def of(text: str, saying: str | None = None, kinds: bool = False) -> list:
        quotes = [q for q in extract_quotes(text, nlp=nlp) if saying is None or saying in q.text]
        return [(q.speaker_name, q.speaker_kind) if kinds else q.speaker_name for q in quotes]

    return of


@pytest.fixture(scope="session")
def labelled(nlp):
    """`labelled(text)`: the quotations of a text taken for names, titles, labels or scare quotes (never anybody's
    words)."""
    from quotes.extract.attribution import context_of
    from quotes.extract.marks import scan

    def _labelled(text):
        spans = scan(text)
        ctx = context_of(nlp(text), spans, text)
        return [text[s.start:s.end] for s, scare in zip(spans, ctx.scare) if scare]

    return _labelled


@pytest.fixture(scope="session")
def bench() -> Path:
    """../shared/bench, or skip the test when this checkout has no shared folder beside it."""
    if not (BENCH / "seeds.jsonl").exists():
        pytest.skip("../shared/bench is not present")
    return BENCH


# --- Web layer: databases stored from extraction records, and `quotes serve` running ---
from collections.abc import Iterator  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"

#: An article quoting markup, to prove the web pages show article text as text.
XSS_ARTICLE = {
    "title": "Hackers deface <b>port</b> website <script>window.titleHacked=1</script>",
    "url": "https://brennportherald.example/2025/03/defaced",
    "outlet": "The Brennport Herald",
    "author": "Petra <i>Lindqvist</i>",
    "published": "2025-03-16",
    "text": "A group calling itself Null Harbour defaced the Lorvanian Port Authority's website on Tuesday night.\n"
            "“We put <script>window.hacked=1</script> and <img src=x onerror=window.hacked=2>"
            " on their front page to show how weak it is,” Erik Vale told reporters.\n"
            "The authority said the page had been restored within an hour.",
}


def build_db(path: Path, *sources: Path) -> Path:
    """A quotes database at `path` built by the `quotes add` command (a separate process, as a user runs it)."""
    import subprocess
    import sys

    command = [str(Path(sys.executable).with_name("quotes")), "add", "--db", str(path), *map(str, sources)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return path


#: What `quotes extract quotes/samples xss.jsonl --output DIR` writes (XSS_ARTICLE in xss.jsonl), one
#: record a line; test_fixtures.py checks it is still what the extractor gives.
SAMPLE_RECORDS = Path(__file__).parent / "fixtures" / "sample_records.jsonl"


def sample_records(with_xss: bool = False) -> list[dict]:
    """The extraction records of the sample articles (and of XSS_ARTICLE)."""
    import json

    records = [json.loads(line) for line in SAMPLE_RECORDS.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if with_xss or not r["id"].startswith("xss")]


def stored_db(path: Path, records: list[dict]) -> Path:
    """A quotes database at `path` holding these extraction records, written through the store."""
    from quotes.engine.results import article_and_quotes
    from quotes.store.articles import store_all
    from quotes.store.db import connect

    conn = connect(str(path))
    for _ in store_all(conn, map(article_and_quotes, records)):
        pass
    conn.close()
    return path


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """quotes.db holding the project's sample articles, as `make demo` builds it."""
    return stored_db(tmp_path_factory.mktemp("demo") / "quotes.db", sample_records())


@pytest.fixture(scope="session")
def xss_db(tmp_path_factory) -> Path:
    """quotes.db holding the sample articles and one article that quotes HTML and script."""
    return stored_db(tmp_path_factory.mktemp("xss") / "quotes.db", sample_records(with_xss=True))


#: How long a server may take to answer at all on a busy machine (the wait ends as soon as it answers).
SERVER_START_SECONDS = 300


@contextmanager
def quotes_server(db: Path, *options: str) -> Iterator[tuple[str, Path]]:
    """`quotes serve` on a free localhost port, run as a user would: yields its URL and its output file."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = db.with_name(f"serve-{port}.log")
    command = [str(Path(sys.executable).with_name("quotes")), "serve", "--db", str(db), "--port", str(port), *options]
    with log.open("w") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=5)
                break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, f"quotes serve did not answer: {log.read_text()}"
                time.sleep(0.2)
        yield url, log
    finally:
        server.terminate()
        server.wait(timeout=120)


# ---------------------------------------------------------------- storage and CLI
#: Two fictional reports of the same statements, written differently (dateline, credits, spellings,
#: "Ms Solheim" / "Solheim", "Ottawa's fisheries ministry" / "the Canadian Ministry of Fisheries",
#: one word changed in Kramer's quotation), and an unrelated trailing teaser.
FISHING_TXT = """---
title: Minister defends fishing quota cuts
outlet: The Harbour Gazette
url: https://harbourgazette.example/quota-cuts
published: 2025-04-01
author: Lena Obst
---
HALIFAX - Fisheries Minister Anika Solheim defended the new quota cuts on Monday as trawler crews gathered outside the legislature.
"We cannot fish our way out of a collapse, and we will not try," Ms Solheim told reporters outside the building.
"The cod stocks in the northern banks have fallen by half in ten years," Ottawa's fisheries ministry said in a statement.
Fleet owners were unimpressed. "This decision will empty our harbours within a single season," said Piet Kramer, who chairs the Trawler Owners' League.
Photo: Reuters
Sign up for our morning newsletter and get the latest news delivered to you.
"""

FISHING_MD = """---
outlet: Coastal Times
url: https://coastaltimes.example/solheim-quota
published: 2025-04-02
---
# Quota cuts stay, says Solheim

Fisheries Minister Anika Solheim refused to back down on Tuesday.

\u201cWe cannot fish our way out of a collapse, and we will not try,\u201d Solheim said in Halifax.

\u201cThe cod stocks in the northern banks have fallen by half in ten years,\u201d the Canadian Ministry of Fisheries said.

Piet Kramer, who chairs the Trawler Owners' League, said: \u201cThis decision will empty our harbours within one season.\u201d

RIVER WATCH: Flood barriers on the Avon were raised overnight after two days of rain, and the city council said the
"""


@pytest.fixture
def run(nlp):
    """Run `quotes ...` in this process; the model is loaded once per session by the `nlp` fixture."""
    from click.testing import CliRunner

    from quotes.cli import main

    runner = CliRunner()

    def invoke(*args, input=None, env=None):
        return runner.invoke(main, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def fishing(tmp_path) -> dict[str, Path]:
    """The two fictional fishing reports as files in a temporary folder, and a database path beside them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gazette.txt").write_text(FISHING_TXT, encoding="utf-8")
    (folder / "coastal.md").write_text(FISHING_MD, encoding="utf-8")
    return {"folder": folder, "txt": folder / "gazette.txt", "md": folder / "coastal.md", "db": tmp_path / "q.db"}


@contextmanager
def unprivileged():
    """Run the block as user `nobody`, so file permissions apply even when the tests run as root."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def shared_folder(monkeypatch):
    """A folder anyone may write (tmp_path is private to the user running the tests)."""
    path = Path(tempfile.mkdtemp(prefix="quotes-reliability-"))
    path.chmod(0o777)
    monkeypatch.chdir(path)
    yield path
    import shutil

    shutil.rmtree(path)


@pytest.fixture
def site():
    """A real HTTP server on 127.0.0.1 (tests/webserver.py), stopped after the test."""
    from webserver import Site

    server = Site().start()
    yield server
    server.release.set()
    server.stop()


def benchmark_script(name: str):
    """The module of benchmarks/<name>.py (the training and recording scripts, which are no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lines_run(fn, *args) -> int:
    """How many lines of the quotes package run while fn(*args) runs: work counted, not timed, so
    that a test of how work grows holds on a busy machine."""
    import sys

    import quotes

    package = str(Path(quotes.__file__).parent)
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def enter(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(package) else None

    sys.settrace(enter)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count
