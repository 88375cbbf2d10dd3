"""Coverage-guided fuzzing (atheris) of the mark scanner and of the HTML reader.

    python benchmarks/fuzz_marks_html.py                 # both targets, 10 minutes each
    python benchmarks/fuzz_marks_html.py marks --minutes 1

The scanner must return outermost spans that lie inside the text, in order and
without overlap, keep the quotations closed before any text appended after the
article, and do work linear in the length: the lines of `quotes` run on the input
repeated 32 times at most five times those on 8 copies (counted, not timed: timing
inside an instrumented fuzzer on a shared machine gave two false findings).  The HTML reader must
return articles or raise QuotesError, nothing else.  A finding stops the run and is written to test-artifacts/fuzz/ (atheris's
crash file, beside the corpus it grew); turn it into a regression test.  Needs atheris.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FINDINGS = ROOT / "test-artifacts" / "fuzz"
PIECES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", "\u2039", "\u203a", "``",
          "''", "\n", "\n\n", " ", ", ", ". ", ": ", " \u2014 ", " said ", "Ada Lind", "don't", "'90s", "5'11\"",
          "12\" ", "WALLACE: ", "<b>", "</b>", "<p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;",
          "&#8220;", "<meta charset='latin-1'>", "<?xml version='1.0' encoding='utf-8'?>", "<html>", "<body>",
          "<article>", "<title>", "\x00", "\ufeff", "\u2028", "\r", "\t", "x" * 40]


def text_of(data: bytes) -> str:
    """Fuzzer bytes as text: half the time raw Unicode, half the time a string of news-like pieces."""
    import atheris

    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        return fdp.ConsumeUnicodeNoSurrogates(len(data))
    return "".join(PIECES[b % len(PIECES)] for b in fdp.ConsumeBytes(len(data)))


def check_marks(data: bytes) -> None:
    from quotes.extract.marks import scan

    text = text_of(data)
    spans = scan(text)
    end = 0
    for s in spans:
        assert end <= s.start < s.end <= len(text) and text[s.start:s.end].strip(), (text, s)
        end = s.end
    closed = {(s.start, s.end) for s in spans if s.close_at is not None}
    assert closed <= {(s.start, s.end) for s in scan(text + "\n" + text)}, text
    if text:
        sys.path.insert(0, str(ROOT / "tests"))
        from test_properties_extraction import lines_run

        assert lines_run(scan, text * 32) <= 5 * lines_run(scan, text * 8) + 200, ("superlinear", text)


def check_html(data: bytes) -> None:
    from quotes.errors import QuotesError
    from quotes.ingest.sources import decode, read_decoded

    try:
        sources = read_decoded(decode(data if data[:1] == b"<" else text_of(data).encode(), "fuzz.html"),
                               "fuzz.html", ".html")
    except QuotesError:
        return
    assert sources and all(s.text.strip() for s in sources)


TARGETS = {"marks": (check_marks, ["quotes.marks"]), "html": (check_html, ["quotes.reading", "trafilatura"])}


def fuzz(target: str, seconds: int) -> None:
    """Run one target under atheris in this process (atheris exits when time is up or on a finding)."""
    import importlib

    import atheris

    check, modules = TARGETS[target]
    with atheris.instrument_imports(include=modules):
        for name in modules:
            importlib.import_module(name)
    corpus = FINDINGS / f"corpus-{target}"
    corpus.mkdir(parents=True, exist_ok=True)
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={seconds}", f"-artifact_prefix={FINDINGS}/{target}-",
                   "-max_len=4096", "-len_control=0", "-print_final_stats=1"], check)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", default=list(TARGETS), help=f"of {', '.join(TARGETS)} (default all)")
    parser.add_argument("--minutes", type=float, default=10, help="per target (default 10)")
    parser.add_argument("--run", help=argparse.SUPPRESS)  # internal: the target of a child process
    args = parser.parse_args()
    if set(args.targets) - set(TARGETS):
        parser.error(f"targets are {', '.join(TARGETS)}")
    if args.run:
        fuzz(args.run, int(args.minutes * 60))
        return
    failed = []
    for target in args.targets:  # one process per target: atheris fuzzes once per process
        print(f"fuzzing {target} for {args.minutes:g} min", flush=True)
        code = subprocess.call([sys.executable, __file__, "--run", target, "--minutes", str(args.minutes)])
        print(f"{target}: {'no finding' if code == 0 else f'FINDING (exit {code}), see {FINDINGS}'}", flush=True)
        failed += [target] if code else []
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
