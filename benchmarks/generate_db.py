"""A large, realistic quotes database for the query benchmarks, built in one transaction.

Shape (at the default size): 1,000,000 appearances of 300,000 quotes by 50,000
speakers in 200,000 articles from 300 outlets over ten years.  Words follow the
frequencies of real news text (the benchmark articles, else the samples); speakers
and reprints follow long-tailed distributions (a few speakers and quotes everywhere,
most once); some quotes are one-word variants of another, some the same words given
to two speakers.  Rows go in with executemany with the triggers off; the FTS indexes
and the browsing table are rebuilt at the end and the triggers restored, so the file is exactly
what `quotes add` would keep writing to.

    python benchmarks/generate_db.py big.db [--appearances 1000000]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
import regex
from common import articles as benchmark_articles

from quotes.ingest.articles import content_hash
from quotes.store.db import _statements, connect
from quotes.store.normalize import quote_key, word_diff
from quotes.store.schema import BROWSE_FILL, CREATE, QUOTES_FTS_FILL

CUES = ["said", "told reporters", "added", "according to", "warned", "said in a statement", "wrote", "insisted"]
METHODS = ["governing verb", "cue after", "cue before", "previous quote", "same paragraph", "governing verb, pronoun"]
SYLLABLES = "ka lo mi ran te so vu ber an del is or ma ne ko ri tan vel ha ju".split()
_WORD = regex.compile(r"(?<!\p{L})\p{Ll}+(?:'\p{Ll}+)?(?!\p{L})")


class Words:
    """Sentences drawn from the word frequencies of real articles."""

    def __init__(self, rng: np.random.Generator):
        counts = Counter(w for a in benchmark_articles(0) for w in _WORD.findall(a["text"]))
        self.vocab = np.array([w for w, _ in counts.most_common(20_000)])
        freq = np.array([c for _, c in counts.most_common(20_000)], dtype=float)
        self.p, self.rng = freq / freq.sum(), rng

    def sentence(self, n: int) -> str:
        text = " ".join(self.vocab[self.rng.choice(len(self.vocab), n, p=self.p)])
        return text[:1].upper() + text[1:]

    def sentences(self, count: int, low: int, high: int) -> list[str]:
        """`count` sentences of low..high words, drawn in one go (fast)."""
        lengths = self.rng.integers(low, high + 1, count)
        flat = self.vocab[self.rng.choice(len(self.vocab), int(lengths.sum()), p=self.p)]
        out, at = [], 0
        for n in lengths:
            text = " ".join(flat[at:at + n])
            out.append(text[:1].upper() + text[1:])
            at += n
        return out


def _zipf_weights(n: int, s: float, rng: np.random.Generator) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** s
    rng.shuffle(w)
    return w / w.sum()


def _name(rng: np.random.Generator, parts: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES, rng.integers(2, 4))).capitalize() for _ in range(parts))


def speakers(n: int, rng: np.random.Generator) -> list[tuple[str, str, str]]:
    """(name, kind, surname or short name) for n distinct speakers."""
    out, seen = [], set()
    while len(out) < n:
        roll = rng.random()
        if roll < 0.85:
            name, kind = _name(rng, 2), "person"
        elif roll < 0.97:
            name, kind = f"{_name(rng, 1)} Ministry of {_name(rng, 1)}", "organization"
        else:
            name, kind = f"{_name(rng, 1)} Report", "document"
        if name not in seen:
            seen.add(name)
            out.append((name, kind, name.split()[-1] if kind == "person" else name))
    return out


def generate(path: Path, n_appearances: int = 1_000_000, seed: int = 5) -> dict:
    """Write the database; returns its counts and the seconds each stage took."""
    rng = np.random.default_rng(seed)
    n_quotes, n_speakers, n_articles = n_appearances * 3 // 10, n_appearances // 20, n_appearances // 5
    stages, t0 = {}, time.perf_counter()
    words = Words(rng)
    people = speakers(n_speakers, rng)
    outlets = [f"The {_name(rng, 1)} {rng.choice(['Times', 'Herald', 'Post', 'Gazette', 'Courier'])}"
               for _ in range(n_articles // 650 + 1)]

    # quotes: a long-tailed speaker each (8 % unattributed); some variants and conflicts
    quote_speaker = rng.choice(n_speakers, n_quotes, p=_zipf_weights(n_speakers, 0.9, rng))
    quote_speaker[rng.random(n_quotes) < 0.08] = -1
    texts = words.sentences(n_quotes, 6, 35)
    variant_of = np.full(n_quotes, -1)
    conflict = np.zeros(n_quotes, dtype=int)
    for i in rng.choice(np.arange(1, n_quotes), n_quotes // 25, replace=False):
        j = int(rng.integers(0, i))
        if rng.random() < 0.8:  # a variant: one word changed, same speaker
            ws = texts[j].split()
            ws[int(rng.integers(0, len(ws)))] = str(words.vocab[rng.integers(0, 2000)])
            texts[i], quote_speaker[i], variant_of[i] = " ".join(ws), quote_speaker[j], j
        elif quote_speaker[j] >= 0 and len(texts[j].split()) >= 4:  # the same words, another speaker
            texts[i] = texts[j]
            conflict[i] = conflict[j] = 1
            if quote_speaker[i] == quote_speaker[j]:
                quote_speaker[i] = (quote_speaker[j] + 1) % n_speakers
    keys, seen = [], set()
    for i in range(n_quotes):  # a quote is its words and speaker: lengthen the rare chance duplicates
        while (key := quote_key(texts[i]), quote_speaker[i]) in seen:
            texts[i] += f" {words.vocab[rng.integers(0, 5000)]}"
        seen.add((key, quote_speaker[i]))
        keys.append(key)

    # appearances: every quote once, then reprints with a long tail; articles at random
    app_quote = np.concatenate([np.arange(n_quotes), rng.choice(n_quotes, n_appearances - n_quotes,
                                                                 p=_zipf_weights(n_quotes, 1.0, rng))])
    app_article = rng.integers(0, n_articles, n_appearances)
    order = np.argsort(app_article, kind="stable")
    app_quote, app_article = app_quote[order], app_article[order]
    art_day = rng.integers(0, 3650, n_articles)
    art_outlet = rng.integers(0, len(outlets), n_articles)
    stages["draw"] = time.perf_counter() - t0

    conn = connect(str(path))
    triggers = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    conn.execute("PRAGMA journal_mode = DELETE")  # one big transaction: no point copying it through a WAL
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("BEGIN")
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    t0 = time.perf_counter()
    conn.executemany("INSERT INTO speakers(id, name, kind) VALUES (?, ?, ?)",
                     [(i + 1, name, kind) for i, (name, kind, _) in enumerate(people)])
    aliases = {}
    for i, (name, kind, short) in enumerate(people):
        for alias in (name, short):
            aliases.setdefault(" ".join(alias.lower().split()), (alias, i + 1))
    conn.executemany("INSERT INTO speaker_aliases(alias, normalized, speaker_id) VALUES (?, ?, ?)",
                     [(alias, key, sid) for key, (alias, sid) in aliases.items()])

    dates = np.datetime64("2016-01-01") + art_day
    first: dict[int, tuple] = {}
    bounds = np.searchsorted(app_article, np.arange(n_articles + 1))
    article_rows, appearance_rows = [], []
    leads = words.sentences(n_articles, 12, 30)
    titles = words.sentences(n_articles, 6, 12)
    tails = words.sentences(n_appearances, 8, 25)
    for a in range(n_articles):
        paragraphs, at = [leads[a]], len(leads[a]) + 1
        for k in range(bounds[a], bounds[a + 1]):
            q = int(app_quote[k])
            s = int(quote_speaker[q])
            cue = CUES[k % len(CUES)]
            if s < 0:
                mention, name, kind = None, None, "unknown"
                para = f"\u201c{texts[q]}.\u201d {tails[k]}."
            else:
                name, kind, short = people[s]
                mention = short if k % 5 else ("she" if k % 2 else "he") if kind == "person" else short
                para = f"\u201c{texts[q]},\u201d {mention} {cue}. {tails[k]}."
            start = at + 1
            speaker_start = at + len(texts[q]) + 4 if mention else None
            appearance_rows.append((
                q + 1, a + 1, start, start + len(texts[q]), texts[q], mention, speaker_start,
                speaker_start + len(mention) if mention else None, name, kind, cue if mention else None,
                METHODS[k % len(METHODS)] if mention else "none", 0.95 if mention else 0.2, para, at,
                json.dumps([[start, start + len(texts[q])]])))
            first.setdefault(q, (str(dates[a]), a + 1))
            if (str(dates[a]), a + 1) < first[q]:
                first[q] = (str(dates[a]), a + 1)
            paragraphs.append(para)
            at += len(para) + 1
        text = "\n".join(paragraphs)
        article_rows.append((a + 1, f"https://news.example/{a + 1}", titles[a], outlets[art_outlet[a]],
                             str(dates[a]), f"{dates[a]}T12:00:00+00:00", "en", len(text.split()), text,
                             content_hash(text), f"generated:{a + 1}"))
    conn.executemany("INSERT INTO articles(id, url, title, outlet, published, added, language, word_count, text, "
                     "content_hash, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", article_rows)
    del article_rows

    app_count = np.bincount(app_quote, minlength=n_quotes)
    art_count = np.bincount(np.unique(app_quote * n_articles + app_article) // n_articles, minlength=n_quotes)
    outlet_count = np.bincount(np.unique(app_quote * len(outlets) + art_outlet[app_article]) // len(outlets),
                               minlength=n_quotes)
    conn.executemany(
        "INSERT INTO quotes(id, text, normalized, speaker_id, first_seen, first_article_id, article_count, "
        "outlet_count, appearance_count, variant_of, variant_diff, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(q + 1, texts[q], keys[q], int(quote_speaker[q]) + 1 if quote_speaker[q] >= 0 else None, *first[q],
          int(art_count[q]), int(outlet_count[q]), int(app_count[q]),
          int(variant_of[q]) + 1 if variant_of[q] >= 0 else None,
          word_diff(texts[variant_of[q]], texts[q]) if variant_of[q] >= 0 else None, int(conflict[q]))
         for q in range(n_quotes)])
    conn.executemany(
        'INSERT INTO appearances(quote_id, article_id, start, "end", text, speaker_mention, speaker_start, '
        "speaker_end, speaker_name, speaker_kind, cue, method, confidence, context, context_start, segments) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", appearance_rows)
    del appearance_rows
    conn.execute("""UPDATE speakers SET
        quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = speakers.id),
        appearance_count = (SELECT coalesce(sum(appearance_count), 0) FROM quotes WHERE speaker_id = speakers.id),
        article_count = (SELECT count(DISTINCT a.article_id) FROM quotes q JOIN appearances a ON a.quote_id = q.id
                         WHERE q.speaker_id = speakers.id)""")
    stages["insert"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for table in ("appearances_fts", "articles_fts", "quotes_stems_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    conn.execute(QUOTES_FTS_FILL)
    conn.execute(BROWSE_FILL)
    for statement in _statements(CREATE):
        if statement.upper().startswith("CREATE TRIGGER"):
            conn.execute(statement)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    stages["fts and browsing table"] = time.perf_counter() - t0
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "speakers", "quotes", "appearances")}
    conn.close()
    return {"counts": counts, "seconds": stages, "bytes": path.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--appearances", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.path.exists():
        parser.error(f"{args.path} exists; give a new file")
    print(json.dumps(generate(args.path, args.appearances), indent=2))


if __name__ == "__main__":
    main()
